/**
 * The default transport: node:http / node:https over keep-alive agents (agents.ts), for any
 * origin (the API root, or a download link on another host, through the same proxy and TLS
 * settings). Measured by `npm run bench`, raw node:http answers a small local GET with a body
 * faster than undici's `request()` and about four times faster than `fetch`, which refuses a
 * body on GET. Bodies are sent with an explicit Content-Length; answers are asked for
 * compressed and decoded as they stream in (decode.ts), and read whole.
 *
 * One attempt is attempt.ts. A request that fails on a reused connection that had sat idle,
 * before a byte of the answer came back, met a connection the server or a middlebox had
 * dropped: the service never saw it, so it is sent again once, for every operation, ingest
 * and notify included, and the client's retry count never sees it.
 */
import type { Agents } from './agents.js';
import { answeredAt } from './connection-state.js';
import { attempt, staleSince, type AttemptTarget } from './attempt.js';
import { DeadlineWatch } from './deadlines.js';
import { ACCEPT_ENCODING } from './decode.js';
import type { SendOptions, SendTracker, Transport, WireRequest } from './types.js';

export interface NodeHttpTransportOptions {
  /**
   * @internal Whether to offer `Accept-Encoding` (default true). Off only to measure what
   * compression buys (`npm run bench`).
   */
  compression?: boolean;
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

/**
 * Closes the idle pooled connections that have sat at least as long as one just found dead:
 * they have likely gone the same way, and the repeat must not pick one of them.
 */
function dropIdleSince(agents: Agents, since: number): void {
  for (const agent of [agents.http, agents.https]) {
    for (const sockets of Object.values(agent.freeSockets)) {
      // A copy: destroy() takes the socket out of the very list being walked.
      // oxlint-disable-next-line unicorn/no-useless-spread
      for (const s of [...(sockets ?? [])]) if ((answeredAt(s) ?? Infinity) <= since) s.destroy();
    }
  }
}

export function createNodeHttpTransport(agents: Agents, options: NodeHttpTransportOptions = {}): Transport {
  const deadlines = new DeadlineWatch();
  const compression = options.compression ?? true;
  // Most calls go to one origin: parse it once, and a URL again only when its path is one
  // the parser could change or its origin is another.
  let origin: Origin | undefined;
  const target = (raw: string): AttemptTarget => {
    if (origin && raw.startsWith(origin.prefix)) {
      const path = raw.slice(origin.prefix.length);
      if (VERBATIM_PATH.test(path)) return { ...origin, path };
    }
    const url = new URL(raw);
    origin = { prefix: url.origin, isHttps: url.protocol === 'https:', hostname: url.hostname.replace(/^\[(.*)\]$/, '$1'), port: url.port || undefined };
    return { ...origin, path: url.pathname + url.search };
  };

  return async function send(req: WireRequest, opts: SendOptions = {}) {
    const headers: Record<string, string> = { ...req.headers };
    if (compression) headers['accept-encoding'] ??= ACCEPT_ENCODING;
    const body = req.body;
    if (body) headers['content-length'] = String(typeof body === 'string' ? Buffer.byteLength(body, 'utf8') : body.byteLength);
    const params = {
      target: target(req.url),
      method: req.method,
      url: req.url,
      headers,
      body,
      signal: req.signal,
      tracker: (req as WireRequest & { tracker?: SendTracker }).tracker,
      timeoutMs: opts.timeoutMs,
      maxResponseBytes: opts.maxResponseBytes,
    };
    try {
      return await attempt(params, agents, deadlines);
    } catch (err) {
      const since = staleSince(err);
      if (since === undefined) throw err;
      dropIdleSince(agents, since);
      try {
        // The first attempt was written: the repeat, cut before its connection, still leaves the call sent.
        return await attempt({ ...params, tracker: undefined }, agents, deadlines);
      } catch (again) {
        // The first attempt was written to a connection: whatever the repeat did, requestSent holds.
        if (again instanceof Error && 'requestSent' in again) Object.assign(again, { requestSent: true });
        throw again;
      }
    }
  };
}
