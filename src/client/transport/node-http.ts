/**
 * The default transport: node:http / node:https over keep-alive agents. Measured by
 * `npm run bench`, raw node:http answers a small local GET with a body faster than undici's
 * `request()` (which also closes the connection after a GET with a body unless told
 * `reset: false`) and about four times faster than `fetch`, which refuses a body on GET.
 * Bodies are sent with an explicit Content-Length; the answer is read whole (every answer of
 * this API is a small JSON).
 */
import http from 'node:http';
import https from 'node:https';
import type { Agents } from './agents.js';
import { DeadlineWatch, type Deadline } from './deadlines.js';
import { LightHeaders, LightResponse } from './light-response.js';
import type { SendOptions, Transport, WireRequest } from './types.js';

/** Raised when one attempt passes its `timeoutMs`. */
export class AttemptTimeoutError extends Error {
  readonly code = 'ETIMEDOUT';
  constructor(ms: number) {
    super(`no answer within ${ms} ms`);
    this.name = 'AttemptTimeoutError';
  }
}

/**
 * Errors from the connection carry an errno-style `code`, which is how the client tells them
 * from bugs; a few come without one: a proxy's refused CONNECT gets ERR_PROXY_REFUSED, others ECONNABORTED.
 */
function connectionError(e: Error): Error {
  if (typeof (e as { code?: unknown }).code === 'string') return e;
  // hpagent reports a refused CONNECT (407, 403, 502 …) as "Bad response: <status>".
  return Object.assign(e, { code: /^Bad response: \d{3}/.test(e.message) ? 'ERR_PROXY_REFUSED' : 'ECONNABORTED' });
}

interface Origin {
  /** `url.origin`: what a URL of this origin starts with. */
  prefix: string;
  isHttps: boolean;
  hostname: string;
  port: string | undefined;
}

/** A path new URL() leaves as it is: no dot segments (no '.', no '%2e'), nothing it escapes or rewrites. */
const VERBATIM_PATH = /^(?!.*%2e)\/[A-Za-z0-9\-_~!$&'()*+,;=:@%/]*$/i;

export function createNodeHttpTransport(agents: Agents): Transport {
  const deadlines = new DeadlineWatch();
  // Every call goes to the same origin: parse it once, and a URL again only when its path
  // is one the parser could change.
  let origin: Origin | undefined;
  const target = (raw: string): { origin: Origin; path: string } => {
    if (origin && raw.startsWith(origin.prefix)) {
      const path = raw.slice(origin.prefix.length);
      if (VERBATIM_PATH.test(path)) return { origin, path };
    }
    const url = new URL(raw);
    origin = { prefix: url.origin, isHttps: url.protocol === 'https:', hostname: url.hostname, port: url.port || undefined };
    return { origin, path: url.pathname + url.search };
  };

  return function send(req: WireRequest, opts: SendOptions = {}) {
    return new Promise((resolve, reject) => {
      const { origin: o, path } = target(req.url);
      const headers: Record<string, string> = {};
      req.headers.forEach((v, k) => {
        headers[k] = v;
      });
      // A string body goes to end() as is: node:http then sends head and body in one write.
      const body = req.body;
      if (body) headers['content-length'] = String(typeof body === 'string' ? Buffer.byteLength(body, 'utf8') : body.byteLength);

      const signal = req.signal;
      if (signal?.aborted) {
        reject(signal.reason);
        return;
      }
      let settled = false;
      let deadline: Deadline | undefined;
      const finish = (err: unknown, res?: LightResponse) => {
        if (settled) return;
        settled = true;
        if (deadline) deadlines.cancel(deadline);
        signal?.removeEventListener('abort', onAbort);
        if (err) reject(err);
        else resolve(res!);
      };
      const onAbort = () => {
        request.destroy();
        finish(signal!.reason);
      };

      const request = (o.isHttps ? https : http).request(
        {
          hostname: o.hostname,
          port: o.port,
          path,
          method: req.method,
          headers,
          agent: o.isHttps ? agents.https : agents.http,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            const bytes = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
            // The body is read whole, so its length is known even when it came chunked.
            res.headers['content-length'] ??= String(bytes.byteLength);
            finish(null, new LightResponse(res.statusCode ?? 0, new LightHeaders(res.headers), bytes, req.url));
          });
          res.on('error', (e) => finish(connectionError(e)));
          res.on('aborted', () => finish(Object.assign(new Error('the connection closed before the answer was complete'), { code: 'ECONNRESET' })));
        },
      );
      request.on('error', (e) => finish(connectionError(e)));
      if (opts.timeoutMs && opts.timeoutMs > 0) {
        const ms = opts.timeoutMs;
        deadline = deadlines.watch(ms, () => {
          const e = new AttemptTimeoutError(ms);
          request.destroy(e);
          finish(e);
        });
      }
      signal?.addEventListener('abort', onAbort, { once: true });
      request.end(body);
    });
  };
}
