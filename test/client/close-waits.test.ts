/**
 * close() as a hostile script uses it: in the middle of a wait's interval (an alert's or an
 * operation's waitForCompletion), twice, and then with a new global client while objects
 * bound to the old one are still used. The wait ends at once with ClientClosedError, never
 * after its interval (whose timer would hold the process open), and nothing is sent.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ClientClosedError } from '../../src/client/errors.js';
import { resetGlobalApi, setGlobalApi } from '../../src/client/global.js';
import { Alert } from '../../src/index.js';
import { ALERT_ID, alertRecord, ok } from '../helpers/answers.js';
import { API_KEY, rejectionOf, until, useWireServer } from '../helpers/fixture.js';

const wire = useWireServer();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const running = { json: { status: 'in_progress', result: { ...alertRecord, triage_result: undefined } } };

/** Resolves with what `promise` settles to, or 'still pending' after `ms`. */
const within = (promise: Promise<unknown>, ms: number) => Promise.race([promise, sleep(ms).then(() => 'still pending')]);

describe('close() during a wait', () => {
  afterEach(() => resetGlobalApi());

  it("ends an alert's waitForCompletion in the middle of its interval, at once, with ClientClosedError", async () => {
    wire.server.handle(() => running);
    const client = wire.client({ pollIntervalMs: 60_000 });
    const alert = new Alert({ alertId: ALERT_ID, client });
    const wait = rejectionOf(alert.waitForCompletion());
    await until(() => wire.server.calls().length === 1);
    await sleep(20);
    const closedAt = performance.now();
    client.close();
    const err = await within(wait, 1000);
    expect(err).toBeInstanceOf(ClientClosedError);
    expect((err as ClientClosedError).requestSent).toBe(false);
    expect(performance.now() - closedAt).toBeLessThan(100);
    expect(wire.server.calls()).toHaveLength(1);
  });

  it("ends an operation's waitForCompletion begun after close() before any request", async () => {
    wire.server.reply(ok.alert, ok.delete);
    wire.server.handle(() => ({ json: { status: 'in_progress' } }));
    const client = wire.client({ pollIntervalMs: 60_000 });
    const alert = await Alert.fromId(ALERT_ID, { client });
    const operation = await alert.delete();
    client.close();
    const before = wire.server.requests.length;
    const err = await within(rejectionOf(operation.waitForCompletion({ sleepBeforeFirstCheck: true })), 1000);
    expect(err).toBeInstanceOf(ClientClosedError);
    expect(wire.server.requests).toHaveLength(before);
  });
});

describe('close() during the wait of Alert.send({ wait: true })', () => {
  it('rejects with ClientClosedError that says the alert was sent (requestSent: true, alertId): never a cue to send it again', async () => {
    wire.server.reply(ok.ingest);
    wire.server.handle(() => running);
    const client = wire.client({ pollIntervalMs: 60_000 });
    const send = rejectionOf(Alert.send({ rawAlert: { id: 'det-1' }, source: 's1', wait: true, client }));
    await until(() => wire.server.calls().length === 2);
    await sleep(20);
    client.close();
    const err = await within(send, 1000);
    expect(err).toBeInstanceOf(ClientClosedError);
    expect((err as ClientClosedError).requestSent).toBe(true);
    expect((err as ClientClosedError & { alertId?: string }).alertId).toBe(ALERT_ID);
    expect(wire.server.calls().filter((r) => r.url.includes('ingest'))).toHaveLength(1);
  });
});

describe('a closed on-premise client', () => {
  it('answers a cloud-only call with ClientClosedError, like every other call, not UnsupportedOnPremiseVersionError', async () => {
    const client = wire.client({ onPremiseVersion: 22.1 });
    client.close();
    const alert = new Alert({ alertId: ALERT_ID, client });
    for (const call of [() => alert.notify(), () => Alert.send({ rawAlert: { id: '1' }, source: 's1', client })]) {
      const err = await rejectionOf(call());
      expect(err).toBeInstanceOf(ClientClosedError);
    }
    expect(wire.server.requests).toHaveLength(0);
  });
});

describe('close() and the global client', () => {
  afterEach(() => resetGlobalApi());

  it('twice is harmless; a new global client never takes over an object bound to the closed one', async () => {
    wire.server.handle(() => ok.alert);
    const first = setGlobalApi({ apiKey: API_KEY, baseUrl: `${wire.server.url}/api/` });
    const alert = await Alert.fromId(ALERT_ID);
    const made = new Alert({ alertId: ALERT_ID });
    first.close();
    first.close();
    setGlobalApi({ apiKey: API_KEY, baseUrl: `${wire.server.url}/api/` });
    const before = wire.server.requests.length;
    for (const a of [alert, made]) {
      const err = await rejectionOf(a.checkStatus());
      expect(err).toBeInstanceOf(ClientClosedError);
      expect((err as ClientClosedError).requestSent).toBe(false);
    }
    expect(wire.server.requests).toHaveLength(before);
  });
});
