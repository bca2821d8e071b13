/** `POST /alerts/ingest/binary`: a phishing email becomes an alert whose triage runs for `triageMs`. */
import type { Call } from '../call.js';
import { sha256Of } from '../multipart.js';
import { badRequest, ok, type Reply } from '../reply.js';
import { buildAlert } from '../factory.js';
import { buildContext } from '../sim-state.js';
import { triageText } from '../triage.js';
import type { EmailInfo } from '../types.js';

/** The headers of an email's header block that alerts show (folded lines unfolded). */
function emailHeaders(text: string): EmailInfo {
  const end = text.search(/\r?\n\r?\n/);
  const block = (end >= 0 ? text.slice(0, end) : text).replace(/\r?\n[ \t]+/g, ' ');
  const get = (name: string) => new RegExp(`^${name}:[ \\t]*(.*)$`, 'im').exec(block)?.[1]?.trim() || undefined;
  const info: EmailInfo = {};
  const fields: [keyof EmailInfo, string][] = [
    ['from', 'From'],
    ['to', 'To'],
    ['subject', 'Subject'],
    ['messageId', 'Message-ID'],
  ];
  for (const [key, header] of fields) {
    const v = get(header);
    if (v) info[key] = v;
  }
  return info;
}

export function ingestBinary({ parts, now, state }: Call<'POST', '/alerts/ingest/binary'>): Reply {
  const file = parts.find((p) => p.name === 'file')!;
  const fields: Record<string, string> = {};
  for (const p of parts) if (p !== file) fields[p.name] = p.data.toString('utf8');

  if (file.data.length === 0) return badRequest({ file: 'The email is empty.' });
  const sha256 = sha256Of(file);
  if (file.filename === undefined) return badRequest({ file: 'The file part has no file name.' });
  if (file.filename.toLowerCase() !== sha256) {
    return badRequest({ file: `The file name must be the SHA-256 of the bytes (${sha256}).` });
  }
  let additionalInfo: unknown;
  if (fields.additional_info !== undefined) {
    try {
      additionalInfo = JSON.parse(fields.additional_info);
    } catch {
      additionalInfo = undefined;
    }
    if (!additionalInfo || typeof additionalInfo !== 'object' || Array.isArray(additionalInfo)) {
      return badRequest({ additional_info: 'Not a JSON object.' });
    }
  }

  const text = file.data.toString('latin1');
  const email = emailHeaders(text);
  const environment = fields.environment || 'production';
  const alert = buildAlert(
    {
      // A phishing alert is named by its email: the same bytes again name the same alert.
      alertId: sha256,
      environment,
      source: 'phishing_emails',
      sender: fields.alert_sender ?? email.from ?? null,
      email,
      sha256,
      content: text,
      triage: triageText(text, fields.default_verdict),
      triageMs: state.config.triageMs,
      rawData: {
        source: 'phishing_emails',
        file_name: file.filename,
        sha256,
        size: file.data.length,
        fields,
        ...(additionalInfo ? { additional_info: additionalInfo } : {}),
        email,
        raw_email_base64: file.data.toString('base64'),
      },
    },
    buildContext(state, now),
  );
  state.store.recordIngest({ alertId: alert.alertId, sha256, fileName: file.filename, size: file.data.length, fields, at: now });
  return ok({ result: true, alert_id: alert.alertId });
}
