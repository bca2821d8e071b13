/**
 * The phishing-email ingest as it arrives: multipart/form-data with the form fields first
 * (optional ones only when given), the file last, named by the SHA-256 of its bytes, without
 * a Content-Type of its own, and its bytes intact.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ingestPhishingEmail } from '../../src/client/endpoints.js';
import { ALERT_ID, ok } from '../helpers/answers.js';
import { useWireServer } from '../helpers/fixture.js';
import type { RecordedRequest } from '../helpers/wire-server.js';

const wire = useWireServer();

/** Bytes that are not UTF-8, with CR/LF and dashes that could be mistaken for a delimiter. */
const EMAIL = Buffer.concat([
  Buffer.from('From: a@example.com\r\nSubject: invoice\r\n\r\n'),
  Buffer.from([0xff, 0xfe, 0x00, 0x80, 0xc3, 0x28, 0x0d, 0x0a, 0x2d, 0x2d, 0x0d, 0x0a]),
  Buffer.from('\r\n--not-a-boundary\r\n'),
  Buffer.from(Array.from({ length: 256 }, (_, i) => i)),
]);
const SHA256 = createHash('sha256').update(EMAIL).digest('hex');

async function ingest(form: Omit<Parameters<typeof ingestPhishingEmail>[1], 'email'> = {}): Promise<RecordedRequest> {
  wire.server.reply(ok.ingest);
  const answer = await ingestPhishingEmail(wire.client(), { email: EMAIL, ...form });
  expect(answer).toStrictEqual({ result: true, alert_id: ALERT_ID });
  const calls = wire.server.calls();
  expect(calls).toHaveLength(1);
  const req = calls[0]!;
  expect(req.multipartError).toBeUndefined();
  return req;
}

const textOf = (req: RecordedRequest, name: string) => req.parts!.find((p) => p.name === name)?.data.toString('utf8');

describe('POST /alerts/ingest/binary', () => {
  it('is a multipart POST with an exact Content-Length', async () => {
    const req = await ingest();
    expect(req.method).toBe('POST');
    expect(req.url).toBe('/api/v2-0/alerts/ingest/binary');
    expect(req.headers['content-type']).toMatch(/^multipart\/form-data; boundary=\S+$/);
    expect(req.headers['transfer-encoding']).toBeUndefined();
    expect(req.headers['content-length']).toBe(String(req.body.length));
  });

  it('without options sends alert_source, display_fields, then the file', async () => {
    const req = await ingest();
    expect(req.parts!.map((p) => p.name)).toStrictEqual(['alert_source', 'display_fields', 'file']);
    expect(textOf(req, 'alert_source')).toBe('phishing_emails');
    expect(textOf(req, 'display_fields')).toBe('reported_by,sender,received,subject,message_id,to');
  });

  it('with every option sends the fields in order, each value exact, and the file last', async () => {
    const additionalInfo = { reporter: 'Zoë', tags: ['x', 1], nested: { ok: true } };
    const req = await ingest({
      environment: 'production',
      default_verdict: 'malicious',
      alert_sender: 'soc@example.com',
      additional_info: additionalInfo,
      zip_password: 'infected',
    });
    expect(req.parts!.map((p) => p.name)).toStrictEqual([
      'alert_source',
      'display_fields',
      'environment',
      'default_verdict',
      'alert_sender',
      'additional_info',
      'zip_password',
      'file',
    ]);
    expect(textOf(req, 'environment')).toBe('production');
    expect(textOf(req, 'default_verdict')).toBe('malicious');
    expect(textOf(req, 'alert_sender')).toBe('soc@example.com');
    // A JSON object encoded as a string (UTF-8 on the wire).
    expect(textOf(req, 'additional_info')).toBe(JSON.stringify(additionalInfo));
    expect(textOf(req, 'zip_password')).toBe('infected');
  });

  it('sends only the optional fields that are given', async () => {
    const req = await ingest({ alert_sender: 'soc@example.com' });
    expect(req.parts!.map((p) => p.name)).toStrictEqual(['alert_source', 'display_fields', 'alert_sender', 'file']);
  });

  it('names the file part by the SHA-256 hex of its bytes, gives it no Content-Type, and keeps every byte', async () => {
    const req = await ingest();
    const file = req.parts!.at(-1)!;
    expect(file.name).toBe('file');
    expect(file.filename).toBe(SHA256);
    expect(Object.keys(file.headers)).toStrictEqual(['content-disposition']);
    expect(file.data.equals(EMAIL)).toBe(true);
  });

  it('form fields carry no Content-Type either', async () => {
    const req = await ingest({ environment: 'production' });
    for (const part of req.parts!) expect(Object.keys(part.headers), part.name).toStrictEqual(['content-disposition']);
  });

  it('is read the same by an independent multipart parser (undici FormData)', async () => {
    const req = await ingest({ environment: 'production', additional_info: { a: 'é' } });
    const form = await new Response(req.body, { headers: { 'content-type': req.headers['content-type']! } }).formData();
    expect([...form.keys()]).toStrictEqual(['alert_source', 'display_fields', 'environment', 'additional_info', 'file']);
    expect(form.get('additional_info')).toBe('{"a":"é"}');
    const file = form.get('file') as File;
    expect(file.name).toBe(SHA256);
    expect(Buffer.from(await file.arrayBuffer()).equals(EMAIL)).toBe(true);
  });
});
