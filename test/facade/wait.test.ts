import { describe, expect, it } from 'vitest';
import { Alert, AlertStatusCode, InvalidArgumentError, WaitTimeoutError } from '../../src/index.js';
import { ALERT_ID } from '../helpers/answers.js';
import { rejectionOf } from '../helpers/fixture.js';
import { finished, inProgress } from './alert-answers.js';
import { sequence, useFakeService } from './service.js';

const svc = useFakeService();
const GET_BY_ID = 'GET /alerts/get-by-id';

describe('Alert.waitForCompletion', () => {
  it('keeps waiting through failures that outlast the client retries (429, 503, reset)', async () => {
    svc.routes({
      [GET_BY_ID]: sequence(
        inProgress(),
        { status: 503, json: { error: 'Service Unavailable' } },
        { status: 429, json: { error: 'Too Many Requests' }, headers: { 'retry-after': '0' } },
        { reset: true },
        finished(),
      ),
    });
    const alert = new Alert({ alertId: ALERT_ID, client: svc.client({ maxRetries: 0 }) });
    await alert.waitForCompletion({ intervalMs: 5, timeoutMs: 5000 });
    expect(alert.status).toBe(AlertStatusCode.FINISHED);
    expect(svc.callsTo(GET_BY_ID)).toHaveLength(5);
  });

  it('stops at timeoutMs even while a status request hangs', async () => {
    svc.routes({ [GET_BY_ID]: () => ({ hang: true }) });
    const alert = new Alert({ alertId: ALERT_ID, client: svc.client() });
    const started = performance.now();
    const err = await rejectionOf(alert.waitForCompletion({ timeoutMs: 100 }));
    expect(err).toBeInstanceOf(WaitTimeoutError);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('rejects with the signal reason as soon as the signal aborts mid-wait', async () => {
    svc.routes({ [GET_BY_ID]: () => inProgress() });
    const alert = new Alert({ alertId: ALERT_ID, client: svc.client() });
    const controller = new AbortController();
    const reason = new Error('operator cancelled');
    setTimeout(() => controller.abort(reason), 50);
    const err = await rejectionOf(alert.waitForCompletion({ intervalMs: 1000, signal: controller.signal }));
    expect(err).toBe(reason);
    expect(svc.callsTo(GET_BY_ID).length).toBeLessThanOrEqual(2);
  });

  it('an already aborted signal sends nothing', async () => {
    svc.routes({ [GET_BY_ID]: () => inProgress() });
    const alert = new Alert({ alertId: ALERT_ID, client: svc.client() });
    const reason = new Error('stop');
    await expect(alert.waitForCompletion({ signal: AbortSignal.abort(reason) })).rejects.toBe(reason);
    expect(svc.server.requests).toHaveLength(0);
  });

  it('sleepBeforeFirstCheck waits one interval before the first request', async () => {
    svc.routes({ [GET_BY_ID]: () => finished() });
    const alert = new Alert({ alertId: ALERT_ID, client: svc.client() });
    const started = performance.now();
    await alert.waitForCompletion({ intervalMs: 120, sleepBeforeFirstCheck: true });
    expect(svc.callsTo(GET_BY_ID)[0]!.at - started).toBeGreaterThanOrEqual(100);
  });

  it('refuses a negative timeoutMs', async () => {
    svc.routes({});
    const alert = new Alert({ alertId: ALERT_ID, client: svc.client() });
    await expect(alert.waitForCompletion({ timeoutMs: -1 })).rejects.toBeInstanceOf(InvalidArgumentError);
    expect(svc.server.requests).toHaveLength(0);
  });
});
