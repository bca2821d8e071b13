import { createHash } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { Alert, AlertStatusCode, InvalidAlertMappingError, InvalidArgumentError, ServerError, UnsupportedOnPremiseVersionError } from '../../src/index.js';
import { ALERT_ID } from '../helpers/answers.js';
import { rejectionOf } from '../helpers/fixture.js';
import { finished, inProgress } from './alert-answers.js';
import { sequence, useFakeService } from './service.js';

const svc = useFakeService();
const INGEST = 'POST /alerts/ingest/binary';
const GET_BY_ID = 'GET /alerts/get-by-id';
const EMAIL = Buffer.concat([Buffer.from('From: attacker@example.com\r\nSubject: invoice\r\n\r\n'), Buffer.from([0xff, 0x00, 0xfe, 0x80])]);
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

function ingested() {
  const [req] = svc.callsTo(INGEST);
  expect(req, 'one ingest request').toBeDefined();
  const parts = req!.parts!;
  return { req: req!, parts, byName: Object.fromEntries(parts.map((p) => [p.name, p])) };
}

describe('Alert.sendPhishingEmail', () => {
  it.each([
    ['a Buffer', () => EMAIL],
    ['a Uint8Array', () => new Uint8Array(EMAIL)],
    ['an ArrayBuffer', () => EMAIL.buffer.slice(EMAIL.byteOffset, EMAIL.byteOffset + EMAIL.byteLength)],
    ['a Blob', () => new Blob([EMAIL])],
    ['a Node readable stream', () => Readable.from([EMAIL.subarray(0, 10), EMAIL.subarray(10)])],
  ])('sends %s byte for byte, named by its SHA-256', async (_label, make) => {
    svc.routes({ [INGEST]: () => ({ json: { result: true, alert_id: ALERT_ID } }) });
    const alert = await Alert.sendPhishingEmail({ rawEmail: make() as never, client: svc.client() });
    expect(alert.alertId).toBe(ALERT_ID);
    expect(alert.status, 'unknown until a status check').toBeUndefined();
    expect(alert.isRunning()).toBe(true);
    const { parts, byName } = ingested();
    expect(parts.map((p) => p.name)).toEqual(['alert_source', 'display_fields', 'file']);
    expect(byName.file!.filename).toBe(sha(EMAIL));
    expect(Buffer.compare(byName.file!.data, EMAIL)).toBe(0);
  });

  it('reads emailPath from disk', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'intezer-eml-'));
    const file = path.join(dir, 'reported.eml');
    await writeFile(file, EMAIL);
    svc.routes({ [INGEST]: () => ({ json: { result: true, alert_id: ALERT_ID } }) });
    await Alert.sendPhishingEmail({ emailPath: file, client: svc.client() });
    expect(Buffer.compare(ingested().byName.file!.data, EMAIL)).toBe(0);
  });

  it('maps every option to its form field, in order, file last', async () => {
    svc.routes({ [INGEST]: () => ({ json: { result: true, alert_id: ALERT_ID } }) });
    await Alert.sendPhishingEmail({
      rawEmail: EMAIL,
      environment: 'production',
      defaultVerdict: 'malicious',
      alertSender: 'soc@example.com',
      additionalInfo: { ticket: 42, tags: ['a'] },
      zipPassword: 'infected',
      client: svc.client(),
    });
    const { parts } = ingested();
    expect(parts.map((p) => [p.name, p.filename === undefined ? p.data.toString() : 'FILE'])).toEqual([
      ['alert_source', 'phishing_emails'],
      ['display_fields', 'reported_by,sender,received,subject,message_id,to'],
      ['environment', 'production'],
      ['default_verdict', 'malicious'],
      ['alert_sender', 'soc@example.com'],
      ['additional_info', '{"ticket":42,"tags":["a"]}'],
      ['zip_password', 'infected'],
      ['file', 'FILE'],
    ]);
  });

  it('with wait: true resolves once triage finished, with the verdict', async () => {
    svc.routes({ [INGEST]: () => ({ json: { result: true, alert_id: ALERT_ID } }), [GET_BY_ID]: sequence(inProgress(), finished()) });
    const alert = await Alert.sendPhishingEmail({ rawEmail: EMAIL, wait: true, client: svc.client() });
    expect(alert.status).toBe(AlertStatusCode.FINISHED);
    expect(alert.verdict).toBe('confirmed_threat');
    expect(svc.callsTo(GET_BY_ID)).toHaveLength(2);
  });

  it('without wait, a later notify asks the service first and notifies once triage has finished', async () => {
    svc.routes({
      [INGEST]: () => ({ json: { result: true, alert_id: ALERT_ID } }),
      [GET_BY_ID]: () => finished(),
      'POST /alerts/:id/notify': () => ({ json: { notified_channels: ['email'] } }),
    });
    const alert = await Alert.sendPhishingEmail({ rawEmail: EMAIL, client: svc.client() });
    expect(await alert.notify()).toEqual(['email']);
    expect(svc.callsTo(GET_BY_ID)).toHaveLength(1);
    expect(alert.status).toBe(AlertStatusCode.FINISHED);
  });

  it.each([201, 202, 204])('an ingest answering %i (not 200) is a ServerError, not repeated', async (status) => {
    svc.routes({ [INGEST]: () => (status === 204 ? { status } : { status, json: { result: true, alert_id: ALERT_ID } }) });
    const err = await rejectionOf(Alert.sendPhishingEmail({ rawEmail: EMAIL, client: svc.client() }));
    expect(err).toBeInstanceOf(ServerError);
    expect(err).not.toBeInstanceOf(InvalidAlertMappingError);
    expect((err as ServerError).status).toBe(status);
    expect(svc.callsTo(INGEST)).toHaveLength(1);
  });

  it('a 400 is InvalidAlertMappingError with the status and body', async () => {
    svc.routes({ [INGEST]: () => ({ status: 400, json: { error: 'Invalid alert mapping' } }) });
    const err = await rejectionOf(Alert.sendPhishingEmail({ rawEmail: EMAIL, client: svc.client() }));
    expect(err).toBeInstanceOf(InvalidAlertMappingError);
    expect((err as InvalidAlertMappingError).status).toBe(400);
    expect((err as InvalidAlertMappingError).body).toEqual({ error: 'Invalid alert mapping' });
    expect((err as InvalidAlertMappingError).alertId).toBe(sha(EMAIL));
  });

  it.each([
    ['neither rawEmail nor emailPath', {}],
    ['both rawEmail and emailPath', { rawEmail: EMAIL, emailPath: '/tmp/x.eml' }],
    ['an empty email', { rawEmail: new Uint8Array(0) }],
    ['an empty stream', { rawEmail: Readable.from([]) }],
    ['an unreadable path', { emailPath: '/nonexistent/dir/x.eml' }],
    ['a blank environment', { rawEmail: EMAIL, environment: ' ' }],
    ['additionalInfo that is not an object', { rawEmail: EMAIL, additionalInfo: [1] as never }],
    ['a rawEmail of the wrong type', { rawEmail: 'From: x' as never }],
  ])('refuses %s with InvalidArgumentError and sends nothing', async (_label, options) => {
    svc.routes({});
    await expect(Alert.sendPhishingEmail({ ...options, client: svc.client() })).rejects.toBeInstanceOf(InvalidArgumentError);
    expect(svc.server.requests).toHaveLength(0);
  });

  it('is refused on an on-premise client before any request', async () => {
    svc.routes({});
    const client = svc.client({ onPremiseVersion: 22.1 });
    await expect(Alert.sendPhishingEmail({ rawEmail: EMAIL, client })).rejects.toBeInstanceOf(UnsupportedOnPremiseVersionError);
    expect(svc.server.requests).toHaveLength(0);
  });
});

describe('new Alert', () => {
  it('takes the SHA-256 of an alertStream as its id', () => {
    expect(new Alert({ alertStream: EMAIL }).alertId).toBe(sha(EMAIL));
  });

  it.each([
    ['no id and no stream', {}],
    ['both id and stream', { alertId: 'a', alertStream: EMAIL }],
    ['a blank id', { alertId: '   ' }],
    ['an empty stream', { alertStream: new Uint8Array(0) }],
  ])('refuses %s', (_label, options) => {
    expect(() => new Alert(options)).toThrow(InvalidArgumentError);
  });
});
