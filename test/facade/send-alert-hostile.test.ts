/**
 * Alert.send against hostile input and a hostile service, over a real local server: what is
 * sent is what was checked, and what comes back cannot flood or forge the error.
 */
import { describe, expect, it } from 'vitest';
import { Alert, AlertAlreadyExistsError, InvalidAlertMappingError, InvalidArgumentError, ResponseValidationError } from '../../src/index.js';
import { rejectionOf } from '../helpers/fixture.js';
import { useFakeService } from './service.js';

const svc = useFakeService();
const INGEST = 'POST /alerts/ingest';
const accepted = () => ({ json: { result: true, alert_id: 'edr-7' } });

function sentAlert(): unknown {
  const calls = svc.callsTo(INGEST);
  expect(calls, 'one ingest request').toHaveLength(1);
  return (calls[0]!.json as { alert?: unknown }).alert;
}

describe('Alert.send: the raw alert sent is the one checked', () => {
  it.each([
    ['a toJSON that makes it an array', { toJSON: () => [1, 2] }],
    ['a toJSON that makes it nothing (the body would lack `alert`)', { toJSON: () => undefined }],
    ['a toJSON that makes it a string', { toJSON: () => 'alert' }],
  ])('refuses a rawAlert with %s, and sends nothing', async (_label, rawAlert) => {
    svc.routes({ [INGEST]: accepted });
    await expect(Alert.send({ rawAlert, source: 's1', client: svc.client() })).rejects.toBeInstanceOf(InvalidArgumentError);
    expect(svc.server.requests).toHaveLength(0);
  });

  it('refuses an alertMapping whose toJSON makes it an array', async () => {
    svc.routes({ [INGEST]: accepted });
    const alertMapping = { toJSON: () => ['hostname'] };
    await expect(Alert.send({ rawAlert: { id: 1 }, source: 's1', alertMapping, client: svc.client() })).rejects.toBeInstanceOf(InvalidArgumentError);
    expect(svc.server.requests).toHaveLength(0);
  });

  it('serialises the raw alert once: a toJSON that throws when asked again is neither a raw Error nor a different body', async () => {
    svc.routes({ [INGEST]: accepted });
    let asked = 0;
    const detection = {
      toJSON() {
        if (asked++ > 0) throw new Error('asked twice');
        return { id: 'det-1', user: 'alice' };
      },
    };
    const alert = await Alert.send({ rawAlert: { detection }, source: 's1', client: svc.client() });
    expect(alert.alertId).toBe('edr-7');
    expect(sentAlert()).toEqual({ detection: { id: 'det-1', user: 'alice' } });
  });

  it.each([
    ['a Map', { id: 'm', tags: new Map([['k', 'v']]) }],
    ['a Set', { id: 's', hosts: new Set(['ws-1']) }],
    ['a Uint8Array', { id: 'u', bytes: new Uint8Array([1, 2]) }],
  ])('refuses a raw alert holding %s (JSON would send it as {}), and sends nothing', async (_label, rawAlert) => {
    svc.routes({ [INGEST]: accepted });
    const err = await rejectionOf(Alert.send({ rawAlert, source: 's1', client: svc.client() }));
    expect(err).toBeInstanceOf(InvalidArgumentError);
    expect((err as Error).message).toMatch(/rawAlert/);
    expect(svc.server.requests).toHaveLength(0);
  });

  it('keeps a __proto__ key of the raw alert as data', async () => {
    svc.routes({ [INGEST]: accepted });
    const rawAlert = JSON.parse('{"id":"p","__proto__":{"x":1}}') as Record<string, unknown>;
    await Alert.send({ rawAlert, source: 's1', client: svc.client() });
    expect(svc.callsTo(INGEST)[0]!.body.toString('utf8')).toContain('"__proto__":{"x":1}');
  });
});

describe('Alert.send: what a 409 or a 400 says', () => {
  const send = () => rejectionOf(Alert.send({ rawAlert: { id: 'det-9' }, source: 's1', client: svc.client() }));

  it.each([
    ['a blank alert_id', { alert_id: '   ' }],
    ['an alert_id of 100,000 characters', { alert_id: 'a'.repeat(100_000) }],
    ['an alert_id with terminal escapes and a new line', { alert_id: 'x\u001b[2J\nforged line' }],
    ['an alert_id that is an object', { alert_id: { id: 'x' } }],
  ])('a 409 with %s carries alertId "" and a short message', async (_label, body) => {
    svc.routes({ [INGEST]: () => ({ status: 409, json: body }) });
    const err = await send();
    expect(err).toBeInstanceOf(AlertAlreadyExistsError);
    expect((err as AlertAlreadyExistsError).alertId).toBe('');
    expect((err as Error).message.length).toBeLessThan(400);
    expect(svc.callsTo(INGEST)).toHaveLength(1);
  });

  it.each([
    ['under details', { error: 'Alert already exists', details: { alert_id: 'held-1' } }, 'held-1'],
    ['as a number', { error: 'Alert already exists', alert_id: 1794305742 }, '1794305742'],
  ])('a 409 naming the held alert %s carries that id', async (_label, body, id) => {
    svc.routes({ [INGEST]: () => ({ status: 409, json: body }) });
    expect(((await send()) as AlertAlreadyExistsError).alertId).toBe(id);
  });

  it("a 400's message names the service's field problems, not only its headline", async () => {
    const body = { error: 'The request is not valid', message: { 'definition_mapping.hostname': 'The alert has no field "host".' } };
    svc.routes({ [INGEST]: () => ({ status: 400, json: body }) });
    const err = await send();
    expect(err).toBeInstanceOf(InvalidAlertMappingError);
    expect((err as Error).message).toContain('The request is not valid');
    expect((err as Error).message).toContain('definition_mapping.hostname');
    expect((err as Error).message).toContain('The alert has no field');
  });

  it("a 400's problems in the message are bounded and keep no secret", async () => {
    const client = svc.client();
    const body = { error: 'bad', details: { echo: `Bearer abc.def.ghi`, api_key: 'k-123456789', many: 'x'.repeat(1_000_000) } };
    svc.routes({ [INGEST]: () => ({ status: 400, json: body }) });
    const err = await rejectionOf(Alert.send({ rawAlert: { id: 'det-9' }, source: 's1', client }));
    const message = (err as Error).message;
    expect(message).toContain('bad');
    expect(message.length).toBeLessThan(700);
    expect(message).not.toContain('abc.def.ghi');
    expect(message).not.toContain('k-123456789');
  });
});

describe('Alert.send: an answer that names no usable alert', () => {
  it.each(['.', '..'])('a 200 naming the alert %j is a ResponseValidationError (the send happened), not an InvalidArgumentError', async (id) => {
    svc.routes({ [INGEST]: () => ({ json: { result: true, alert_id: id } }) });
    const err = await rejectionOf(Alert.send({ rawAlert: { id: 'det-3' }, source: 's1', client: svc.client() }));
    expect(err).toBeInstanceOf(ResponseValidationError);
    expect(err).not.toBeInstanceOf(InvalidArgumentError);
    expect(svc.callsTo(INGEST)).toHaveLength(1);
  });
});
