/**
 * get_alert_raw_data's answer: the payload as it came when it fits, else the first characters
 * of its JSON text, marked truncated. Bytes that are not JSON come as their UTF-8 text.
 */
import type { CallToolResult } from '@modelcontextprotocol/server';
import { MAX_RESULT_BYTES, clip, fits, success } from './result.js';

function summary(alertId: string, type: string, jsonChars: number, truncated: boolean, shown: number): string {
  const size = `${jsonChars.toLocaleString('en-US')} characters of JSON`;
  return clip(
    truncated
      ? `Raw data (${type}) of alert ${alertId}: ${size}, cut to its first ${shown.toLocaleString('en-US')} characters (truncated: true; raw_data is that text).`
      : `Raw data (${type}) of alert ${alertId}: ${size}, complete.`,
  );
}

export function rawDataResult(alertId: string, type: string, payload: unknown): CallToolResult {
  const data = payload instanceof Uint8Array ? Buffer.from(payload.buffer, payload.byteOffset, payload.byteLength).toString('utf8') : (payload ?? null);
  const json = JSON.stringify(data) ?? 'null';
  const whole = { raw_data: data, truncated: false };
  const text = summary(alertId, type, json.length, false, json.length);
  if (fits(text, whole)) return success(whole, text);
  // Escaping can make the cut text longer as a JSON string than as text: shrink until it fits.
  let keep = MAX_RESULT_BYTES - 2_000;
  for (;;) {
    let cut = json.slice(0, keep);
    const last = cut.charCodeAt(cut.length - 1);
    if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
    const structured = { raw_data: cut, truncated: true };
    const t = summary(alertId, type, json.length, true, cut.length);
    const over = Buffer.byteLength(t) + Buffer.byteLength(JSON.stringify(structured)) - MAX_RESULT_BYTES;
    if (over <= 0) return success(structured, t);
    keep = Math.max(0, cut.length - Math.max(over, 64));
  }
}
