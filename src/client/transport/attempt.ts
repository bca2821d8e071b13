/**
 * One attempt of one request over one pooled connection, and what its failure says:
 *  - the deadline (`timeoutMs`) starts when the pool hands the request a connection, so it
 *    covers connection setup (DNS, TCP, TLS, a proxy's CONNECT) and the answer, but never
 *    the wait for a free connection, which only the caller's signal bounds;
 *  - `requestSent` is false when the connection never became established (nothing of the
 *    request left the machine), true once it did;
 *  - a failure is "stale" when a reused connection had sat idle when the request was written
 *    to it, and was found closed before a byte of the answer came back, within about a round
 *    trip of the write: a peer or a middlebox dropped it while idle. The idle time ends at the
 *    write, never at the failure (time the service spent working is not idleness), and a reset
 *    that comes later than a round trip after the write came after the service had the request
 *    and time to act on it: not stale, so an unsafe call is not repeated.
 */
import http from 'node:http';
import https from 'node:https';
import type { Duplex } from 'node:stream';
import type { Agents } from './agents.js';
import type { AnswerContext } from '../error-factory.js';
import { onAbort } from '../timers.js';
import { answeredAt, isEstablished, markAnswered, setupMs } from './connection-state.js';
import type { DeadlineWatch, Deadline } from './deadlines.js';
import { readBody } from './decode.js';
import type { SendTracker, WireResponse } from './types.js';

/**
 * A connection that carried an answer less than this ago is not taken for stale: nothing
 * drops a connection for idleness that soon (Keep-Alive timeouts count whole seconds), so a
 * reset on it is the server's answer to this request, and an unsafe call stays unrepeated.
 */
const STALE_AFTER_IDLE_MS = 1000;
/**
 * A peer that dropped the connection answers the write within about one round trip; setting
 * the connection up took at least one. A failure later than twice the setup time plus this
 * margin (timer and scheduling jitter) after the write is not taken for stale.
 */
const STALE_REPLY_MARGIN_MS = 50;
/** How a connection closed by the peer shows (a reset, "socket hang up", a write to a closed one). */
const CLOSED_BY_PEER = new Set(['ECONNRESET', 'EPIPE']);

/** Raised when one attempt passes its `timeoutMs`. */
class AttemptTimeoutError extends Error {
  readonly code = 'ETIMEDOUT';
  constructor(ms: number, connected: boolean) {
    super(connected ? `no answer within ${ms} ms` : `no connection within ${ms} ms`);
    this.name = 'AttemptTimeoutError';
  }
}

export interface AttemptTarget {
  isHttps: boolean;
  hostname: string;
  port: string | undefined;
  path: string;
}

export interface AttemptParams extends AnswerContext {
  target: AttemptTarget;
  headers: Record<string, string>;
  body: string | Uint8Array | undefined;
  signal: AbortSignal | undefined;
  /** Told when the signal cuts the attempt before its connection was made (nothing of it left the machine). */
  tracker: SendTracker | undefined;
  timeoutMs: number | undefined;
  maxResponseBytes: number | undefined;
}

type AttemptFailure = Error & { code?: unknown; requestSent?: boolean };

/** A node:http answer's headers as one record: node joins repeated headers but Set-Cookie, which comes as an array. */
function headerRecord(raw: http.IncomingHttpHeaders): Record<string, string> {
  if (raw['set-cookie'] === undefined) return raw as Record<string, string>;
  const out: Record<string, string> = {};
  for (const k in raw) {
    const v = raw[k];
    if (v !== undefined) out[k] = Array.isArray(v) ? v.join(', ') : v;
  }
  return out;
}

/** A stale failure → when its connection last carried an answer. */
const staleFailures = new WeakMap<object, number>();
/** When the connection of a stale failure last carried an answer; undefined for any other failure. */
export const staleSince = (err: unknown): number | undefined => (typeof err === 'object' && err !== null ? staleFailures.get(err) : undefined);

/**
 * Errors from the connection carry an errno-style `code`, which is how the client tells them
 * from bugs; a few come without one and get ECONNABORTED.
 */
function connectionError(e: Error): Error {
  if (typeof (e as { code?: unknown }).code !== 'string') Object.assign(e, { code: 'ECONNABORTED' });
  return e;
}

export function attempt(p: AttemptParams, agents: Agents, deadlines: DeadlineWatch): Promise<WireResponse> {
  return new Promise((resolve, reject) => {
    const { signal } = p;
    if (signal?.aborted) return reject(signal.reason);
    let socket: Duplex | undefined;
    let lastAnswerAt: number | undefined;
    /** How long the connection had sat idle when this request was written to it (0: a new one). */
    let idleAtWrite = 0;
    /** When the request was handed to its connection (a reused one writes it at once). */
    let writtenAt = 0;
    let answerStarted = false;
    let timedOut = false;
    let deadline: Deadline | undefined;
    const onFirstByte = () => (answerStarted = true);

    let settled = false;
    const finish = (err: AttemptFailure | null, res?: WireResponse) => {
      if (settled) return;
      settled = true;
      if (deadline) deadlines.cancel(deadline);
      stopListening?.();
      socket?.removeListener('data', onFirstByte);
      if (!err) return resolve(res!);
      if (signal?.aborted) return reject(signal.reason);
      const { code } = err;
      if (typeof code === 'string') {
        err.requestSent = socket !== undefined && isEstablished(socket);
        const soon = socket !== undefined && performance.now() - writtenAt <= 2 * (setupMs(socket) ?? 0) + STALE_REPLY_MARGIN_MS;
        if (!timedOut && !answerStarted && soon && idleAtWrite >= STALE_AFTER_IDLE_MS && CLOSED_BY_PEER.has(code)) staleFailures.set(err, lastAnswerAt!);
      }
      request.destroy();
      reject(err);
    };

    const { target: t } = p;
    const request = (t.isHttps ? https : http).request(
      { hostname: t.hostname, port: t.port, path: t.path, method: p.method, headers: p.headers, agent: t.isHttps ? agents.https : agents.http },
      (res) => {
        answerStarted = true;
        // Noted at once: the pool may hand the connection to a waiting request in this same tick.
        res.once('end', () => socket && markAnswered(socket));
        readBody(res, p, p.maxResponseBytes).then(
          (body) => finish(null, { status: res.statusCode ?? 0, headers: headerRecord(res.headers), body, url: p.url }),
          finish,
        );
      },
    );
    request.on('error', (e) => finish(connectionError(e)));
    // The pool hands over a connection: from here on the attempt is on the clock.
    request.once('socket', (s: Duplex) => {
      socket = s;
      writtenAt = performance.now();
      lastAnswerAt = answeredAt(s);
      // A pooled connection gets the request written in this tick: its idle time ends here.
      if (lastAnswerAt !== undefined) idleAtWrite = performance.now() - lastAnswerAt;
      s.once('data', onFirstByte);
      const ms = p.timeoutMs;
      if (ms && ms > 0) {
        deadline = deadlines.watch(ms, () => {
          timedOut = true;
          finish(new AttemptTimeoutError(ms, isEstablished(s)));
        });
      }
    });
    const stopListening =
      signal &&
      onAbort(signal, (reason) => {
        if (!settled && (socket === undefined || !isEstablished(socket))) p.tracker?.markUnsent();
        request.destroy();
        finish(reason as Error);
      });
    // A string body goes to end() as is: node:http then sends head and body in one write.
    request.end(p.body);
  });
}
