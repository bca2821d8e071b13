/**
 * An alert's raw payload. The service answers either with the payload under `result`, or
 * with a pre-signed download link (`result_url`) on another host, which is fetched without
 * the API's token; its bytes are parsed as JSON when they are JSON, else kept as bytes.
 */
import type { IntezerClient } from '../client/client.js';
import { responseValidationError } from '../client/error-factory.js';
import { OPERATIONS } from '../client/operations.js';

export type RawDataAnswer = Record<string, unknown>;

function linkOf(answer: RawDataAnswer): string | undefined {
  return typeof answer.result_url === 'string' ? answer.result_url : undefined;
}

/** The bytes as JSON when they parse as such (whatever the Content-Type says), else the bytes. */
function parsedOrBytes(bytes: Uint8Array): unknown {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  try {
    return JSON.parse(text);
  } catch {
    return bytes;
  }
}

export async function payloadOf(client: IntezerClient, answer: RawDataAnswer, signal?: AbortSignal): Promise<unknown> {
  const link = linkOf(answer);
  if (link !== undefined) {
    const { bytes } = await client.download(link, signal ? { signal } : {});
    return parsedOrBytes(bytes);
  }
  if ('result' in answer) return answer.result;
  throw responseValidationError(OPERATIONS.getAlertRawData.key, 200, [{ path: [], message: 'holds neither result nor result_url' }]);
}
