/** Alert.send end to end over a real local server: the JSON wire body, no repeat once sent, the 400/409 meanings, waits. */
import { vi, describe, expect, it } from 'vitest';
import {
  Alert,
  AlertAlreadyExistsError,
  AlertStatusCode,
  InvalidAlertMappingError,
  InvalidArgumentError,
  NetworkError,
  ServerError,
  UnsupportedOnPremiseVersionError,
  WaitTimeoutError,
} from '../../src/index.js';
import { rejectionOf } from '../helpers/fixture.js';
import { finished, inProgress } from './alert-answers.js';
import { sequence, useFakeService } from './service.js';

const svc = useFakeService();
const INGEST = 'POST /alerts/ingest';
const GET_BY_ID = 'GET /alerts/get-by-id';
const NEW_ID = 'edr-0001';
const RAW = {
  id: '1794305742960293713',
  threatInfo: { threatName: 'invoice.exe', sha256: 'ab'.repeat(32) },
  agentRealtimeInfo: { agentComputerName: 'ws-17' },
};
const accepted = () => ({ json: { result: true, alert_id: NEW_ID } });

function sentBody(): unknown {
  const calls = svc.callsTo(INGEST);
  expect(calls, 'one ingest request').toHaveLength(1);
  expect(calls[0]!.headers['content-type']).toMatch(/^application\/json/);
  return JSON.parse(calls[0]!.body.toString('utf8'));
}

describe('Alert.send', () => {
  it('sends only the raw alert and its source when nothing else is given', async () => {
    svc.routes({ [INGEST]: accepted });
    const alert = await Alert.send({ rawAlert: RAW, source: 's1', client: svc.client() });
    expect(sentBody()).toEqual({ alert: RAW, alert_source: 's1' });
    expect(alert.alertId).toBe(NEW_ID);
    expect(alert.status, 'unknown until a status check').toBeUndefined();
  });

  it('maps every option to its wire field, display_fields as a JSON array', async () => {
    svc.routes({ [INGEST]: accepted });
    const mapping = { alert_id: 'id', hostname: 'agentRealtimeInfo.agentComputerName' };
    const alert = await Alert.send({
      rawAlert: RAW,
      source: 'cs',
      alertMapping: mapping,
      environment: 'production',
      displayFields: ['threatInfo.threatName', 'agentRealtimeInfo.agentComputerName'],
      defaultVerdict: 'suspicious_behavior',
      alertSender: 'soc@example.com',
      client: svc.client(),
    });
    expect(sentBody()).toEqual({
      alert: RAW,
      alert_source: 'cs',
      definition_mapping: mapping,
      environment: 'production',
      display_fields: ['threatInfo.threatName', 'agentRealtimeInfo.agentComputerName'],
      default_verdict: 'suspicious_behavior',
      alert_sender: 'soc@example.com',
    });
    expect(alert.environment).toBe('production');
  });

  it('sends no tenant_id, even with INTEZER_TENANT_ID set', async () => {
    vi.stubEnv('INTEZER_TENANT_ID', 'tenant-7');
    svc.routes({ [INGEST]: accepted });
    await Alert.send({ rawAlert: RAW, source: 's1', client: svc.client() });
    expect(sentBody()).not.toHaveProperty('tenant_id');
  });

  it('a reset after the request was written is a NetworkError, never repeated', async () => {
    svc.routes({ [INGEST]: () => ({ reset: true }) });
    const err = await rejectionOf(Alert.send({ rawAlert: RAW, source: 's1', client: svc.client({ maxRetries: 3 }) }));
    expect(err).toBeInstanceOf(NetworkError);
    expect((err as NetworkError).requestSent).toBe(true);
    expect(svc.callsTo(INGEST)).toHaveLength(1);
  });

  it('a timeout after the request was written is a NetworkError, never repeated', async () => {
    svc.routes({ [INGEST]: () => ({ hang: true }) });
    const err = await rejectionOf(Alert.send({ rawAlert: RAW, source: 's1', client: svc.client({ maxRetries: 3, timeoutMs: 150 }) }));
    expect(err).toBeInstanceOf(NetworkError);
    expect((err as NetworkError).requestSent).toBe(true);
    expect(svc.callsTo(INGEST)).toHaveLength(1);
  });

  it.each([500, 502, 504])('an answer of %i is a ServerError, never repeated', async (status) => {
    svc.routes({ [INGEST]: () => ({ status, json: { error: 'Gateway Timeout' } }) });
    const err = await rejectionOf(Alert.send({ rawAlert: RAW, source: 's1', client: svc.client({ maxRetries: 3 }) }));
    expect(err).toBeInstanceOf(ServerError);
    expect((err as ServerError).status).toBe(status);
    expect(svc.callsTo(INGEST)).toHaveLength(1);
  });

  it('a 503 (a gateway may have forwarded it) is reported, not repeated', async () => {
    svc.routes({ [INGEST]: sequence({ status: 503, json: { error: 'Service Unavailable' } }, accepted()) });
    const err = await rejectionOf(Alert.send({ rawAlert: RAW, source: 's1', client: svc.client() }));
    expect(err).toBeInstanceOf(ServerError);
    expect((err as ServerError).status).toBe(503);
    expect(svc.callsTo(INGEST)).toHaveLength(1);
  });

  it("a 400 is InvalidAlertMappingError carrying the service's own text and body", async () => {
    const body = { error: 'Invalid alert mapping', details: { definition_mapping: ['hostname: no such field'] } };
    svc.routes({ [INGEST]: () => ({ status: 400, json: body }) });
    const err = await rejectionOf(Alert.send({ rawAlert: RAW, source: 's1', alertMapping: { hostname: 'nope' }, client: svc.client() }));
    expect(err).toBeInstanceOf(InvalidAlertMappingError);
    expect((err as InvalidAlertMappingError).message).toContain('Invalid alert mapping');
    expect((err as InvalidAlertMappingError).status).toBe(400);
    expect((err as InvalidAlertMappingError).body).toEqual(body);
    expect((err as InvalidAlertMappingError).alertId, 'no id was assigned').toBe('');
  });

  it('a 409 is AlertAlreadyExistsError with the id the service names', async () => {
    svc.routes({ [INGEST]: () => ({ status: 409, json: { error: 'Alert already exists', alert_id: 'held-42' } }) });
    const err = await rejectionOf(Alert.send({ rawAlert: RAW, source: 's1', client: svc.client() }));
    expect(err).toBeInstanceOf(AlertAlreadyExistsError);
    expect((err as AlertAlreadyExistsError).alertId).toBe('held-42');
    expect((err as AlertAlreadyExistsError).status).toBe(409);
    expect((err as AlertAlreadyExistsError).body).toEqual({ error: 'Alert already exists', alert_id: 'held-42' });
    expect(svc.callsTo(INGEST)).toHaveLength(1);
  });

  it("a 409 whose body names no alert carries alertId ''", async () => {
    svc.routes({ [INGEST]: () => ({ status: 409, json: { error: 'Conflict' } }) });
    const err = await rejectionOf(Alert.send({ rawAlert: RAW, source: 's1', client: svc.client() }));
    expect(err).toBeInstanceOf(AlertAlreadyExistsError);
    expect((err as AlertAlreadyExistsError).alertId).toBe('');
  });

  it('a 404 (an install without the endpoint) is a ServerError', async () => {
    svc.routes({ [INGEST]: () => ({ status: 404, json: { error: 'Not Found' } }) });
    const err = await rejectionOf(Alert.send({ rawAlert: RAW, source: 's1', client: svc.client() }));
    expect(err).toBeInstanceOf(ServerError);
    expect((err as ServerError).status).toBe(404);
  });

  it('is refused on an on-premise client before any request', async () => {
    svc.routes({});
    const client = svc.client({ onPremiseVersion: 22.1 });
    await expect(Alert.send({ rawAlert: RAW, source: 's1', client })).rejects.toBeInstanceOf(UnsupportedOnPremiseVersionError);
    expect(svc.server.requests).toHaveLength(0);
  });

  it('with wait: true resolves once triage finished', async () => {
    svc.routes({ [INGEST]: accepted, [GET_BY_ID]: sequence(inProgress(), finished()) });
    const alert = await Alert.send({ rawAlert: RAW, source: 's1', wait: true, client: svc.client() });
    expect(alert.status).toBe(AlertStatusCode.FINISHED);
    expect(alert.verdict).toBe('confirmed_threat');
    expect(svc.callsTo(INGEST)).toHaveLength(1);
    expect((svc.callsTo(GET_BY_ID)[0]!.json as { alert_id: string }).alert_id).toBe(NEW_ID);
  });

  it('a wait that times out after the send throws WaitTimeoutError carrying the sent alert id', async () => {
    svc.routes({ [INGEST]: accepted, [GET_BY_ID]: () => inProgress() });
    const err = await rejectionOf(Alert.send({ rawAlert: RAW, source: 's1', wait: true, timeoutMs: 30, client: svc.client() }));
    expect(err).toBeInstanceOf(WaitTimeoutError);
    expect((err as { alertId?: string }).alertId).toBe(NEW_ID);
    expect(svc.callsTo(INGEST)).toHaveLength(1);
  });

  it("a wait aborted after the send rejects with the signal's reason, carrying the sent alert id", async () => {
    const controller = new AbortController();
    const reason = new Error('stop');
    svc.routes({
      [INGEST]: accepted,
      [GET_BY_ID]: () => {
        controller.abort(reason);
        return inProgress();
      },
    });
    const err = await rejectionOf(Alert.send({ rawAlert: RAW, source: 's1', wait: true, signal: controller.signal, client: svc.client() }));
    expect(err).toBe(reason);
    expect((err as { alertId?: string }).alertId).toBe(NEW_ID);
  });

  it('an already aborted signal sends nothing', async () => {
    svc.routes({ [INGEST]: accepted });
    const reason = new Error('cancelled');
    await expect(Alert.send({ rawAlert: RAW, source: 's1', signal: AbortSignal.abort(reason), client: svc.client() })).rejects.toBe(reason);
    expect(svc.server.requests).toHaveLength(0);
  });

  const cyclic: Record<string, unknown> = { a: 1 };
  cyclic.self = cyclic;
  it.each([
    ['no options', undefined],
    ['no rawAlert', { source: 's1' }],
    ['no source', { rawAlert: RAW }],
    ['a rawAlert that is an array', { rawAlert: [RAW], source: 's1' }],
    ['a rawAlert that is a string', { rawAlert: JSON.stringify(RAW), source: 's1' }],
    ['a rawAlert that is a Map', { rawAlert: new Map([['a', 1]]), source: 's1' }],
    ['a rawAlert that cannot be JSON (a cycle)', { rawAlert: cyclic, source: 's1' }],
    ['a rawAlert that cannot be JSON (a BigInt)', { rawAlert: { n: 1n }, source: 's1' }],
    ['a blank source', { rawAlert: RAW, source: ' ' }],
    ['a source that is not a string', { rawAlert: RAW, source: 1 }],
    ['an alertMapping that is an array', { rawAlert: RAW, source: 's1', alertMapping: [] }],
    ['displayFields as a comma-joined string', { rawAlert: RAW, source: 's1', displayFields: 'a,b' }],
    ['displayFields holding a number', { rawAlert: RAW, source: 's1', displayFields: ['a', 2] }],
    ['a defaultVerdict that is an object', { rawAlert: RAW, source: 's1', defaultVerdict: { v: 'x' } }],
    ['an alertSender that is an object', { rawAlert: RAW, source: 's1', alertSender: {} }],
    ['a blank environment', { rawAlert: RAW, source: 's1', environment: '' }],
    ['wait that is not a boolean', { rawAlert: RAW, source: 's1', wait: 'yes' }],
    ['a negative timeoutMs for the wait', { rawAlert: RAW, source: 's1', wait: true, timeoutMs: -1 }],
    ['a NaN timeoutMs', { rawAlert: RAW, source: 's1', wait: true, timeoutMs: Number.NaN }],
    ['a signal that is not an AbortSignal', { rawAlert: RAW, source: 's1', signal: {} }],
    ['an unknown option name (a typo)', { rawAlert: RAW, source: 's1', enviroment: 'production' }],
    ['the wire name instead of the option', { rawAlert: RAW, source: 's1', display_fields: ['a'] }],
  ])('refuses %s with InvalidArgumentError and sends nothing', async (_label, options) => {
    svc.routes({ [INGEST]: accepted });
    const client = svc.client();
    const given = options === undefined ? undefined : { client, ...(options as object) };
    await expect(Alert.send(given as never)).rejects.toBeInstanceOf(InvalidArgumentError);
    expect(svc.server.requests).toHaveLength(0);
  });
});
