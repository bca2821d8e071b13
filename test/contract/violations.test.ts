/**
 * The contract tests' detector, tested: a request that breaks openapi.yaml must be caught
 * (Prism's `sl-violations` header, its problem+json errors, a path the spec lacks), a valid
 * one must pass, and the multipart edit made for Prism must add the file part's Content-Type
 * and nothing else, leaving Prism to validate the rest of the form.
 */
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createAgents } from '../../src/client/transport/agents.js';
import { encodeMultipart, type MultipartField } from '../../src/client/transport/multipart.js';
import { createNodeHttpTransport } from '../../src/client/transport/node-http.js';
import type { WireRequest } from '../../src/client/transport/types.js';
import { RAW_EMAIL } from './helpers/drivers.js';
import { addFilePartContentType, listParts } from './helpers/multipart.js';
import { PrismRecorder } from './helpers/recorder.js';

const prism = inject('prism').static;
const agents = createAgents({ verifySsl: true });
afterAll(() => agents.destroy());

/** Sends one raw request through a fresh recorder; returns the recorder. */
async function send(method: string, path: string, headers: Record<string, string>, body?: string | Uint8Array) {
  const recorder = new PrismRecorder(createNodeHttpTransport(agents));
  const req: WireRequest = { url: `${prism}${path}`, method, headers, body, signal: undefined };
  await recorder.transport()(req);
  return recorder;
}

const JSON_AUTH = { Authorization: 'Bearer t', 'Content-Type': 'application/json' };

function form(fields: MultipartField[]) {
  return encodeMultipart([...fields, { name: 'file', filename: 'f', data: RAW_EMAIL }]);
}
const REQUIRED_FIELDS: MultipartField[] = [
  { name: 'alert_source', value: 'phishing_emails' },
  { name: 'display_fields', value: 'reported_by,sender,received,subject,message_id,to' },
];

describe('violation detection', () => {
  it('passes a request that matches the spec', async () => {
    const r = await send('GET', '/alerts/get-by-id', JSON_AUTH, JSON.stringify({ alert_id: 'a1', environment: 'production' }));
    expect(r.exchanges[0]).toMatchObject({ op: 'GET /alerts/get-by-id', status: 200, violations: null });
    expect(r.violations()).toEqual([]);
    expect(() => r.assertNoViolations()).not.toThrow();
  });

  it('catches a GET /alerts/get-by-id body that breaks GetAlertByIdRequest (Prism answers the 400 example)', async () => {
    const r = await send('GET', '/alerts/get-by-id', JSON_AUTH, JSON.stringify({ alertId: 'a1' }));
    // The answer alone looks like a documented 400: only the header tells it is Prism's verdict.
    expect(r.exchanges[0]!.status).toBe(400);
    expect(r.violations()).toEqual([expect.stringMatching(/sl-violations .*alert_id/)]);
    expect(() => r.assertNoViolations()).toThrow(/break openapi\.yaml/);
  });

  it('catches a call without the bearer token', async () => {
    const r = await send('GET', '/alerts/get-by-id', { 'Content-Type': 'application/json' }, JSON.stringify({ alert_id: 'a1' }));
    expect(r.violations()).toEqual([expect.stringMatching(/401: Prism sl-violations .*security/)]);
  });

  it('catches a path the spec does not have', async () => {
    const r = await send('GET', '/alerts/a1/raw-data/extra', JSON_AUTH);
    expect(r.violations()).toEqual([expect.stringMatching(/no operation of openapi\.yaml/)]);
  });

  it('catches a wrong method on a known path (Prism problem+json)', async () => {
    const r = await send('PUT', '/alerts/get-by-id', JSON_AUTH, '{}');
    expect(r.exchanges[0]!.op).toBeUndefined();
    expect(r.violations()).toHaveLength(1);
  });

  it.each([
    ['display_fields as one comma-joined string', { alert: { id: 1 }, alert_source: 's1', display_fields: 'a,b' }],
    ['a tenant_id (ingest carries none)', { alert: { id: 1 }, alert_source: 's1', tenant_id: 'tenant-7' }],
    ['no alert_source', { alert: { id: 1 } }],
    ['an alert that is not an object', { alert: '{"id":1}', alert_source: 's1' }],
  ])('catches a POST /alerts/ingest body with %s (AlertIngestRequest is strict)', async (_label, body) => {
    const r = await send('POST', '/alerts/ingest', JSON_AUTH, JSON.stringify(body));
    expect(r.exchanges[0]!.op).toBe('POST /alerts/ingest');
    expect(r.violations()).toHaveLength(1);
  });

  it('catches a multipart part value that breaks BinaryAlertForm (Prism validates the form after the edit)', async () => {
    const { body, contentType } = form([{ name: 'alert_source', value: 's1' }, REQUIRED_FIELDS[1]!]);
    const r = await send('POST', '/alerts/ingest/binary', { Authorization: 'Bearer t', 'Content-Type': contentType }, body);
    expect(r.exchanges[0]!.multipartFixed).toBe(true);
    expect(r.violations()).toEqual([expect.stringMatching(/alert_source/)]);
  });

  it('catches a missing required part; an undefined part is NOT caught (so the ingest test checks part names itself)', async () => {
    const missing = form([REQUIRED_FIELDS[0]!]);
    const r1 = await send('POST', '/alerts/ingest/binary', { Authorization: 'Bearer t', 'Content-Type': missing.contentType }, missing.body);
    expect(r1.violations()).toEqual([expect.stringMatching(/display_fields/)]);
    // Prism 5.16 does not apply BinaryAlertForm's additionalProperties: false to multipart bodies.
    const extra = form([...REQUIRED_FIELDS, { name: 'alert_verdict', value: 'x' }]);
    const r2 = await send('POST', '/alerts/ingest/binary', { Authorization: 'Bearer t', 'Content-Type': extra.contentType }, extra.body);
    expect(r2.violations()).toEqual([]);
  });

  it('the multipart edit only adds the file part Content-Type', () => {
    const { body, contentType } = form([...REQUIRED_FIELDS, { name: 'file_note', value: 'name="file"' }]);
    const fixed = addFilePartContentType(body, contentType)!;
    const inserted = '\r\nContent-Type: application/octet-stream';
    expect(fixed.byteLength).toBe(body.byteLength + inserted.length);
    const at = fixed.indexOf(inserted);
    expect(Buffer.concat([fixed.subarray(0, at), fixed.subarray(at + inserted.length)]).equals(Buffer.from(body))).toBe(true);
    const before = listParts(body, contentType);
    const after = listParts(fixed, contentType);
    expect(after.map((p) => [p.name, p.filename, p.data.toString('latin1')])).toEqual(before.map((p) => [p.name, p.filename, p.data.toString('latin1')]));
    expect(after.at(-1)!.headers).toMatch(/\r\nContent-Type: application\/octet-stream$/);
    // A file part that already has a Content-Type is left alone.
    expect(addFilePartContentType(fixed, contentType)).toBeUndefined();
  });
});

/** The calls without parameters: the body is `{}` (or absent), nothing else. */
const NO_PARAMETERS = [
  ['GET', '/analyses/8db9a401-a142-41be-9a31-8e5f3642db62'],
  ['GET', '/url/70d09f68-c7a3-43a3-a8de-07ec31fbf4ed'],
  ['GET', '/endpoint-analyses/c6f5a2f1-3c1b-4b8e-9a55-0f5d3b2e7a10'],
  ['GET', '/delete-operation-3f2a9c1e'],
  ['POST', '/alerts/6a1cd8a0c4a8d8f3e1f0b2a9c7d6e5f4/notify'],
] as const;

describe('the JSON body of a call without parameters', () => {
  it.each(NO_PARAMETERS)('%s %s takes {} and no body, and a field it does not know is caught', async (method, path) => {
    expect((await send(method, path, JSON_AUTH, '{}')).violations()).toEqual([]);
    expect((await send(method, path, { Authorization: 'Bearer t' })).violations()).toEqual([]);
    // Prism answers the operation's 400 with sl-violations, or 422 where the spec lists no 400.
    expect((await send(method, path, JSON_AUTH, JSON.stringify({ verbose: true }))).violations()).toHaveLength(1);
  });
});
