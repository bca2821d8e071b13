/**
 * The wait that follows a send that worked. Whatever ends it (WaitTimeoutError, a permanent
 * failure, the abort signal's reason) must say which alert was sent, or a caller who retries
 * sends it twice: the error gets `alertId`.
 *
 * An abort rejects with the signal's own reason (the same object) when that reason can carry
 * this send's id: an object that can take the property and has no other alert's id yet. When
 * it cannot (a primitive or frozen reason, or one reason shared by several sends, which
 * already names the first), the id wins: the call rejects with an `AbortError` DOMException
 * that carries `alertId`, with the reason as its `cause`. A shared reason never names another
 * send's alert.
 */
import { ClientClosedError } from '../client/errors.js';

export async function waitAfterSend(alertId: string, wait: () => Promise<void>): Promise<void> {
  try {
    await wait();
  } catch (err) {
    throw withAlertId(sentThough(err, alertId), alertId);
  }
}

/**
 * A client closed during the wait: its ClientClosedError speaks of the wait's own requests
 * (often none: requestSent false), but this call's request, the send, was made and taken. A
 * caller that re-sends on `requestSent: false` would send the alert twice.
 */
function sentThough(err: unknown, alertId: string): unknown {
  if (!(err instanceof ClientClosedError) || err.requestSent) return err;
  return new ClientClosedError(`Alert ${alertId} was sent, but the client was closed while waiting for its triage`, { requestSent: true, cause: err });
}

function carries(err: unknown, alertId: string): boolean {
  if (err === null || (typeof err !== 'object' && typeof err !== 'function')) return false;
  try {
    if ('alertId' in err) return (err as { alertId?: unknown }).alertId === alertId;
    if (!Object.isExtensible(err)) return false;
    Object.defineProperty(err, 'alertId', { value: alertId, enumerable: true, configurable: true, writable: true });
    return (err as { alertId?: unknown }).alertId === alertId;
  } catch {
    // An exotic object (a proxy) that refuses it.
    return false;
  }
}

function withAlertId(err: unknown, alertId: string): unknown {
  if (carries(err, alertId)) return err;
  const aborted = new DOMException(`Alert ${alertId} was sent, but waiting for its triage was aborted`, { name: 'AbortError', cause: err });
  Object.defineProperty(aborted, 'alertId', { value: alertId, enumerable: true, configurable: true, writable: true });
  return aborted;
}
