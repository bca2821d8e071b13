/** The route table: spec path → handler, and the matching of a request path to a route key. */
import type { Call, CallContext } from './call.js';
import type { Reply } from './reply.js';
import type { SpecMethod, SpecPath } from './spec-types.js';
import { getAccessToken } from './handlers/access-token.js';
import { ingestBinary } from './handlers/ingest.js';
import { ingestJson } from './handlers/ingest-json.js';
import { deleteAlert, getAlertById, getAlertsByIds, getRawData, notifyAlert } from './handlers/alerts.js';
import { searchHistory } from './handlers/history.js';
import { getAnalysis } from './handlers/analyses.js';
import { getOperation } from './handlers/operations.js';
import { BLOB_PATH } from './blob-storage.js';

/** A call as the server hands it to a route, before the route's types apply. */
interface RouteCall extends CallContext {
  params: Record<string, string>;
  body: unknown;
}

export type BodyKind = 'json' | 'optional-json' | 'multipart' | 'none';

export interface Route {
  method: string;
  /** The path as the spec writes it (the route key is `${method} ${path}`). */
  path: string;
  key: string;
  auth: boolean;
  body: BodyKind;
  /** 'storage': the stand-in for blob storage (another host in production: no rate limit). */
  host: 'api' | 'storage';
  handle: (call: RouteCall) => Reply;
  regex: RegExp;
  names: string[];
}

function untypedRoute(method: string, path: string, body: BodyKind, handle: (call: RouteCall) => Reply, auth: boolean, host: Route['host']): Route {
  const names: string[] = [];
  const regex = new RegExp(
    `^${path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{(\w+)\}/g, (_m, n: string) => {
      names.push(n);
      return '([^/]+)';
    })}$`,
  );
  return { method, path, key: `${method} ${path}`, auth, body, host, handle, regex, names };
}

function route<M extends SpecMethod, P extends SpecPath>(method: M, path: P, body: BodyKind, handle: (call: Call<M, P>) => Reply, auth = true): Route {
  // The server validates each body against this route's schema before calling, so the
  // handler's narrower type holds for the calls it gets.
  return untypedRoute(method, path, body, handle as unknown as (call: RouteCall) => Reply, auth, 'api');
}

/** In match order: the catch-all operation path comes last. */
const ROUTES: readonly Route[] = [
  route('POST', '/get-access-token', 'json', getAccessToken, false),
  route('POST', '/alerts/ingest/binary', 'multipart', ingestBinary),
  route('POST', '/alerts/ingest', 'json', ingestJson),
  route('GET', '/alerts/get-by-id', 'json', getAlertById),
  route('GET', '/alerts/search', 'json', getAlertsByIds),
  route('POST', '/alerts/search', 'json', searchHistory),
  route('GET', '/alerts/{alert_id}/raw-data', 'json', getRawData),
  route('POST', '/alerts/{alert_id}/notify', 'optional-json', notifyAlert),
  route('DELETE', '/alerts/{alert_id}', 'json', deleteAlert),
  route('GET', '/analyses/{analysis_id}', 'optional-json', (c) => getAnalysis(c, 'file')),
  route('GET', '/url/{analysis_id}', 'optional-json', (c) => getAnalysis(c, 'url')),
  route('GET', '/endpoint-analyses/{analysis_id}', 'optional-json', (c) => getAnalysis(c, 'endpoint')),
  // Any other GET is an operation's `result_url` (the spec's `/{result_url}` stands for them all).
  { ...route('GET', '/{result_url}', 'optional-json', getOperation), regex: /^(\/.+)$/, names: ['result_url'] },
];

/** Downloads behind raw-data links: outside the API root, no token (the link is pre-signed). */
export const BLOB_ROUTES: readonly Route[] = [
  untypedRoute('GET', BLOB_PATH, 'none', ({ params, query, headers, now, state }) => state.blobs.download(params.key!, query, headers, now), false, 'storage'),
];

export type Match = { route: Route; params: Record<string, string> } | { route?: undefined; status: 404 | 405 };

/** The route of a path (relative to the API root for ROUTES; no trailing slash). */
export function matchRoute(method: string, path: string, routes: readonly Route[] = ROUTES): Match {
  let pathMatched = false;
  for (const r of routes) {
    const m = r.regex.exec(path);
    if (!m) continue;
    if (r.method !== method) {
      if (r.path !== '/{result_url}') pathMatched = true;
      continue;
    }
    const params: Record<string, string> = {};
    r.names.forEach((n, i) => {
      const raw = m[i + 1]!;
      try {
        params[n] = decodeURIComponent(raw);
      } catch {
        params[n] = raw;
      }
    });
    return { route: r, params };
  }
  return { status: pathMatched ? 405 : 404 };
}
