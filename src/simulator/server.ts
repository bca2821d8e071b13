/**
 * The HTTP pipeline of one API request:
 *   read body → match route → record → injected fault → rate limiter → settle due deletions →
 *   bearer token → body validation → handler → answer (with the fault's twist, if any) → log.
 * Paths under `/__sim/` go to the control API instead (not recorded, not faulted); paths under
 * `/__blob/` are raw-data downloads (recorded and faultable, but neither rate-limited nor
 * token-checked: in production they are another host's).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readBody, writeJson, writeText } from './http-io.js';
import { formObject, MAX_JSON_DEPTH, nestedTooDeep, parseBody, recordedBody, type ParsedBody } from './body.js';
import { BLOB_ROUTES, matchRoute, type Match, type Route } from './routes.js';
import { BLOB_PREFIX } from './blob-storage.js';
import { statusFaultReply } from './faults.js';
import { refuseControl } from './control-guard.js';
import { redactHeaders } from './request-log.js';
import { requestLine, type LogSink } from './console-log.js';
import { badRequest, fail, type Reply } from './reply.js';
import { fieldProblems, requestSchema } from './validation.js';
import type { SimState } from './sim-state.js';
import type { RecordedRequest } from './types.js';

/** The path of the API root on the simulator (`baseUrl` + `v2-0`). */
export const API_ROOT_PATH = '/api/v2-0';
/** The path prefix of the simulator's control API (test knobs over HTTP), apart from the API root. */
export const CONTROL_PREFIX = '/__sim/';

export type ControlHandler = (method: string, path: string, query: URLSearchParams, body: unknown) => Reply;

export interface SimServer {
  server: Server;
  /** Cancels pending delays. */
  cancelTimers(): void;
}

/** Validates the body against the spec's request schema; answers the handler's `body` or the 400. */
function validate(route: Route, parsed: ParsedBody): { body: unknown } | { reply: Reply } {
  if (route.body === 'none') return { body: parsed.json };
  if (parsed.problem) return { reply: badRequest(parsed.problem) };
  if (route.body === 'multipart') {
    const form = formObject(parsed.parts ?? []);
    if ('problem' in form) return { reply: badRequest(form.problem) };
    const result = requestSchema(route.key, 'multipart/form-data')!.safeParse(form.form);
    return result.success ? { body: form.form } : { reply: badRequest(fieldProblems(result.error)) };
  }
  if (parsed.json === undefined) {
    return route.body === 'optional-json' ? { body: undefined } : { reply: badRequest({ _schema: 'A JSON body is required.' }) };
  }
  const result = requestSchema(route.key, 'application/json')!.safeParse(parsed.json);
  return result.success ? { body: result.data } : { reply: badRequest(fieldProblems(result.error)) };
}

/** The answer to an API call that got past any fault and the rate limiter. */
function answer(state: SimState, match: Match, parsed: ParsedBody, req: IncomingMessage, query: URLSearchParams, now: number): Reply {
  if (!match.route) return match.status === 405 ? fail(405, 'Method Not Allowed') : fail(404, 'Not found');
  const { route, params } = match;
  state.store.settle(now);
  state.clock.settle(now);
  if (route.auth && !state.tokens.accepts(req.headers.authorization, now)) return fail(401, 'Invalid access token');
  const valid = validate(route, parsed);
  if ('reply' in valid) return valid.reply;
  try {
    return route.handle({ params, body: valid.body, parts: parsed.parts ?? [], headers: req.headers, query, now, state });
  } catch (e) {
    return { status: 500, body: { error: 'Internal Server Error', details: (e as Error).message } };
  }
}

/** An API body larger than this is 413 (the largest, an email of 64 MiB in its form, fits). */
const MAX_API_BODY_BYTES = 96 * 1024 * 1024;
/** Control bodies are a few hundred bytes; more is refused unread. */
const MAX_CONTROL_BODY_BYTES = 1024 * 1024;

/**
 * A control call: who may make it is decided from its headers, before a byte of its body is
 * read (a page that may not call it cannot make the simulator buffer a body either).
 */
async function controlReply(control: ControlHandler, req: IncomingMessage, method: string, url: URL, token: string | undefined): Promise<Reply> {
  const refused = refuseControl(method, req.headers, req.socket.localPort ?? 0, token);
  if (refused) return refused;
  const raw = await readBody(req, MAX_CONTROL_BODY_BYTES);
  if (raw === undefined) return fail(413, `Control bodies are at most ${MAX_CONTROL_BODY_BYTES} bytes`);
  let body: unknown;
  try {
    body = raw.length ? JSON.parse(raw.toString('utf8')) : undefined;
  } catch {
    return badRequest({ _body: 'The body is not valid JSON.' });
  }
  if (nestedTooDeep(body)) return badRequest({ _body: `Nested deeper than ${MAX_JSON_DEPTH} levels.` });
  return control(method, url.pathname.slice(CONTROL_PREFIX.length - 1), url.searchParams, body);
}

export function createSimServer(state: SimState, control: ControlHandler, sink: LogSink | undefined): SimServer {
  const timers = new Set<NodeJS.Timeout>();
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const t = setTimeout(() => {
        timers.delete(t);
        resolve();
      }, ms);
      timers.add(t);
    });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = Date.now();
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname.startsWith(CONTROL_PREFIX)) {
      const reply = await controlReply(control, req, method, url, state.config.controlToken);
      // A refused call's body may be unread: the connection is not reused.
      writeJson(res, reply.status, reply.body, reply.status >= 400 ? { ...reply.headers, Connection: 'close' } : reply.headers);
      sink?.(`${requestLine({ at: started, method, path: url.pathname, status: reply.status, ms: Date.now() - started })}  (control)`);
      return;
    }

    const raw = await readBody(req, MAX_API_BODY_BYTES);
    // Answered as a front end would, before routing: unread, unrecorded, the connection closed.
    if (raw === undefined) return writeJson(res, 413, { error: 'Request Entity Too Large' }, { Connection: 'close' });
    let rel = url.pathname.startsWith(`${API_ROOT_PATH}/`) ? url.pathname.slice(API_ROOT_PATH.length) : undefined;
    if (rel && rel.length > 1 && rel.endsWith('/')) rel = rel.slice(0, -1);
    const match: Match = url.pathname.startsWith(BLOB_PREFIX) ? matchRoute(method, url.pathname, BLOB_ROUTES) : rel ? matchRoute(method, rel) : { status: 404 };
    const route = match.route;
    const parsed = parseBody(route?.body ?? 'none', req.headers, raw);
    const rec: RecordedRequest = state.log.add({
      at: started,
      method,
      path: url.pathname,
      query: url.search,
      routeKey: route?.key ?? `${method} ${url.pathname}`,
      headers: redactHeaders(req.headers),
      ...recordedBody(parsed),
    });
    const done = () => {
      rec.ms = Date.now() - started;
      sink?.(requestLine(rec));
    };
    const send = (reply: Reply, extra?: Record<string, string>) => {
      rec.status = reply.status;
      writeJson(res, reply.status, reply.body, { ...reply.headers, ...extra });
      done();
    };
    const reset = () => {
      req.socket.destroy();
      done();
    };

    const fault = state.faults.take(rec.routeKey);
    if (fault) rec.fault = fault.kind === 'status' ? `fault ${fault.status}` : `fault ${fault.kind}`;
    if (fault?.kind === 'reset' && !fault.afterHandling) return reset();
    if (fault?.kind === 'status') return send(statusFaultReply(fault, started));
    if (fault?.kind === 'delay') await sleep(fault.ms);

    const limit = route?.host === 'storage' ? {} : state.limiter.check(Date.now());
    if ('limited' in limit) {
      rec.fault = 'rate-limited';
      return send(limit.limited);
    }
    const reply = answer(state, match, parsed, req, url.searchParams, Date.now());
    if (fault?.kind === 'reset') return reset();
    if (fault?.kind === 'malformed-json') {
      const text = JSON.stringify(reply.body);
      rec.status = 200;
      writeText(res, 200, text.slice(0, Math.max(1, Math.floor(text.length / 2))));
      return done();
    }
    send(reply, limit.headers);
  }

  const server = createServer({ keepAlive: true }, (req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (!res.headersSent) writeJson(res, 500, { error: 'Internal Server Error', details: String(e) });
      else res.destroy();
    });
  });
  return {
    server,
    cancelTimers: () => {
      for (const t of timers) clearTimeout(t);
      timers.clear();
    },
  };
}
