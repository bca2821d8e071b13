/**
 * A send followed by a wait. The wait's options are checked before the send (before, a bad
 * `timeoutMs` ingested the email and then threw, so a caller who fixed it and retried sent it
 * twice), and a wait that fails after a send that worked says which alert it sent.
 */
import { describe, expect, it } from 'vitest';
import { Alert, InsufficientPermissionsError, InvalidArgumentError, WaitTimeoutError } from '../../src/index.js';
import { ALERT_ID, ok } from '../helpers/answers.js';
import { rejectionOf, until } from '../helpers/fixture.js';
import { inProgress } from '../facade/alert-answers.js';
import { useFakeService } from '../facade/service.js';

const svc = useFakeService();
const INGEST = 'POST /alerts/ingest/binary';
const EMAIL = Buffer.from('From: a@example.com\r\nSubject: hi\r\n\r\nbody');

describe('wait options are checked before anything is sent', () => {
  it.each([
    ['-1', -1],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['"5000"', '5000'],
  ])('sendPhishingEmail({ wait: true, timeoutMs: %s }) sends no email', async (_label, timeoutMs) => {
    svc.routes({ [INGEST]: () => ok.ingest, 'GET /alerts/get-by-id': () => inProgress() });
    const err = await rejectionOf(Alert.sendPhishingEmail({ rawEmail: EMAIL, wait: true, timeoutMs: timeoutMs as number, client: svc.client() }));
    expect(err).toBeInstanceOf(InvalidArgumentError);
    expect((err as Error).message).toMatch(/timeoutMs must be a finite, non-negative number/);
    expect(svc.server.calls()).toHaveLength(0);
  });

  it('delete({ waitForCompletion: true, timeoutMs: -1 }) deletes nothing', async () => {
    svc.routes({ 'DELETE /alerts/:id': () => ok.delete, 'GET /delete-operation-1': () => ({ status: 202, json: { status: 'in_progress' } }) });
    const alert = new Alert({ alertId: ALERT_ID, environment: 'production', client: svc.client() });
    expect(await rejectionOf(alert.delete({ waitForCompletion: true, timeoutMs: -1 }))).toBeInstanceOf(InvalidArgumentError);
    expect(svc.server.calls()).toHaveLength(0);
  });

  it('fromId({ wait: true, timeoutMs: -5 }) asks nothing', async () => {
    svc.routes({ 'GET /alerts/get-by-id': () => inProgress() });
    expect(await rejectionOf(Alert.fromId(ALERT_ID, { wait: true, timeoutMs: -5, client: svc.client() }))).toBeInstanceOf(InvalidArgumentError);
    expect(svc.server.calls()).toHaveLength(0);
  });
});

describe('a wait that fails after a send that worked keeps the alert id', () => {
  it('WaitTimeoutError carries alertId (and shows it in its JSON)', async () => {
    svc.routes({ [INGEST]: () => ok.ingest, 'GET /alerts/get-by-id': () => inProgress() });
    const err = await rejectionOf(Alert.sendPhishingEmail({ rawEmail: EMAIL, wait: true, timeoutMs: 60, client: svc.client() }));
    expect(err).toBeInstanceOf(WaitTimeoutError);
    expect((err as WaitTimeoutError).alertId).toBe(ALERT_ID);
    expect(JSON.parse(JSON.stringify(err))).toMatchObject({ name: 'WaitTimeoutError', alertId: ALERT_ID });
    expect(svc.callsTo(INGEST)).toHaveLength(1);
  });

  it('an abort rejects with the signal’s own reason, which gets the alertId', async () => {
    svc.routes({ [INGEST]: () => ok.ingest, 'GET /alerts/get-by-id': () => inProgress() });
    const controller = new AbortController();
    const reason = new Error('user pressed stop');
    const sending = rejectionOf(Alert.sendPhishingEmail({ rawEmail: EMAIL, wait: true, signal: controller.signal, client: svc.client() }));
    await until(() => svc.callsTo('GET /alerts/get-by-id').length > 0);
    controller.abort(reason);
    const err = await sending;
    expect(err).toBe(reason);
    expect((err as { alertId?: string }).alertId).toBe(ALERT_ID);
  });

  it('the default abort reason (a DOMException) gets it too', async () => {
    svc.routes({ [INGEST]: () => ok.ingest, 'GET /alerts/get-by-id': () => inProgress() });
    const controller = new AbortController();
    const sending = rejectionOf(Alert.sendPhishingEmail({ rawEmail: EMAIL, wait: true, signal: controller.signal, client: svc.client() }));
    await until(() => svc.callsTo('GET /alerts/get-by-id').length > 0);
    controller.abort();
    const err = await sending;
    expect(err).toBe(controller.signal.reason);
    expect((err as { alertId?: string }).alertId).toBe(ALERT_ID);
  });

  it.each([
    ['a primitive reason', () => 'SIGINT'],
    ['a frozen reason', () => Object.freeze(new Error('frozen'))],
  ])('%s cannot carry the id: the call rejects with an AbortError that does, the reason as its cause', async (_label, make) => {
    svc.routes({ [INGEST]: () => ok.ingest, 'GET /alerts/get-by-id': () => inProgress() });
    const controller = new AbortController();
    const sending = rejectionOf(Alert.sendPhishingEmail({ rawEmail: EMAIL, wait: true, signal: controller.signal, client: svc.client() }));
    await until(() => svc.callsTo('GET /alerts/get-by-id').length > 0);
    const reason = make();
    controller.abort(reason);
    const err = (await sending) as DOMException & { alertId?: string };
    expect(err.name).toBe('AbortError');
    expect(err.alertId).toBe(ALERT_ID);
    expect(err.cause).toBe(reason);
    expect(svc.callsTo(INGEST)).toHaveLength(1);
  });

  it('one reason shared by several sends never names another send’s alert', async () => {
    let n = 0;
    svc.routes({ [INGEST]: () => ({ json: { result: true, alert_id: `alert-${++n}` } }), 'GET /alerts/get-by-id': () => inProgress() });
    const controller = new AbortController();
    const client = svc.client();
    const sends = ['one', 'two', 'three'].map((body) =>
      rejectionOf(Alert.sendPhishingEmail({ rawEmail: Buffer.from(`Subject: ${body}\r\n\r\n${body}`), wait: true, signal: controller.signal, client })),
    );
    await until(() => svc.callsTo('GET /alerts/get-by-id').length >= 3);
    controller.abort();
    const ids = (await Promise.all(sends)).map((err) => (err as { alertId?: string }).alertId);
    expect(new Set(ids)).toEqual(new Set(['alert-1', 'alert-2', 'alert-3']));
  });

  it('Alert.send: one shared reason, each error names its own alert', async () => {
    let n = 0;
    svc.routes({ 'POST /alerts/ingest': () => ({ json: { result: true, alert_id: `alert-${++n}` } }), 'GET /alerts/get-by-id': () => inProgress() });
    const controller = new AbortController();
    const client = svc.client();
    const sends = [1, 2].map((i) => rejectionOf(Alert.send({ rawAlert: { i }, source: 's1', wait: true, signal: controller.signal, client })));
    await until(() => svc.callsTo('GET /alerts/get-by-id').length >= 2);
    controller.abort();
    const ids = (await Promise.all(sends)).map((err) => (err as { alertId?: string }).alertId);
    expect(new Set(ids)).toEqual(new Set(['alert-1', 'alert-2']));
  });

  it('a permanent failure that ends the wait carries it as well', async () => {
    svc.routes({ [INGEST]: () => ok.ingest, 'GET /alerts/get-by-id': () => ({ status: 403, json: { error: 'Insufficient Permissions' } }) });
    const err = await rejectionOf(Alert.sendPhishingEmail({ rawEmail: EMAIL, wait: true, client: svc.client() }));
    expect(err).toBeInstanceOf(InsufficientPermissionsError);
    expect((err as { alertId?: string }).alertId).toBe(ALERT_ID);
  });
});
