/**
 * The wait that follows a send that worked. Whatever ends it (WaitTimeoutError, a permanent
 * failure, the abort signal's reason) must say which alert was sent, or a caller who retries
 * sends it twice: the error gets `alertId`.
 *
 * An abort rejects with the signal's own reason (the same object, not a wrapper), so the id
 * is added to it as a property when the reason is an object that can take one and has no
 * `alertId` yet. A primitive or frozen reason is rethrown as it is; a reason shared by several
 * sends keeps the first one's id.
 */
export async function waitAfterSend(alertId: string, wait: () => Promise<void>): Promise<void> {
  try {
    await wait();
  } catch (err) {
    throw withAlertId(err, alertId);
  }
}

function withAlertId(err: unknown, alertId: string): unknown {
  if (err === null || (typeof err !== 'object' && typeof err !== 'function') || 'alertId' in err || !Object.isExtensible(err)) return err;
  try {
    Object.defineProperty(err, 'alertId', { value: alertId, enumerable: true, configurable: true, writable: true });
  } catch {
    // An exotic object (a proxy) that refuses it stays as it is.
  }
  return err;
}
