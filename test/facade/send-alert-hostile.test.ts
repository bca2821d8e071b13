/**
 * Alert.send against hostile input and a hostile service, over a real local server: what is
 * sent is what was checked, and what comes back cannot flood or forge the error.
 */
import { describe, expect, it } from 'vitest';
import { Alert, AlertAlreadyExistsError, InvalidAlertMappingError, InvalidArgumentError } from '../../src/index.js';
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
