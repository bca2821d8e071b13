/**
 * The operation table: everything the client must know of each call of the alerts API
 * beyond its types. `method` and `path` are checked against the generated `paths`, so a
 * path that the OpenAPI document does not hold does not compile; and the table is checked
 * against the generated `operations` (TableChecked below), so an operation added to the
 * document fails `npm run typecheck` until it has a row here, named by its operationId.
 * This file is the only place in the client where a wire path is written.
 */
import type { operations, paths } from '../../generated/openapi.js';
import type { RetryClass } from './retry-policy.js';

export type HttpMethod = 'get' | 'post' | 'delete';

/** The paths of the document that have `method`. */
export type PathWith<M extends HttpMethod> = {
  [P in keyof paths]: paths[P] extends Record<M, object> ? P : never;
}[keyof paths];

/** What a failure of this operation means, beyond the general mapping (401, 403, 429, …). */
type FailureMeaning = 'alertNotFound' | 'alertConflict' | 'invalidAlertMapping' | 'alertAlreadyExists' | 'invalidApiKey' | 'noApiAtRoot';

export interface OperationSpec<M extends HttpMethod = HttpMethod, P extends PathWith<M> = PathWith<M>> {
  readonly method: M;
  readonly path: P;
  /** "METHOD /path" as in the document: the key of its schemas and the name in messages. */
  readonly key: `${Uppercase<M>} ${P}`;
  /** Whether repeating it can do harm (retry-policy.ts). */
  readonly retry: RetryClass;
  /** Refused on on-premise installs. */
  readonly cloudOnly: boolean;
  /** Sends the bearer token (all but the token exchange). */
  readonly auth: boolean;
  /** `tenant_id` joins the JSON body when the client has a tenant. */
  readonly tenant: boolean;
  /** The one success status; any other, 2xx included, is a server error. Undefined: any 2xx. */
  readonly successStatus?: number;
  /**
   * The request body: `json` always carries a JSON object (`{}` when there is nothing to
   * send, as the official Python SDK sends every call); `multipart` the encoded form.
   */
  readonly body: 'json' | 'multipart';
  /** The path parameter inserted as given, unencoded (an opaque multi-segment URL). */
  readonly verbatimPathParam?: string;
  /** Statuses with a meaning of their own for this operation; 0 stands for an answer that is not JSON. */
  readonly failures: Readonly<Partial<Record<number, FailureMeaning>>>;
}

type Rules = Partial<Omit<OperationSpec, 'method' | 'path' | 'key' | 'retry'>> & Pick<OperationSpec, 'retry'>;

/** An entry of the table; the rules keep their literal types (`body: 'multipart'` shapes a call's params). */
function op<M extends HttpMethod, P extends PathWith<M>, R extends Rules>(method: M, path: P, rules: R): OperationSpec<M, P> & R {
  return {
    method,
    path,
    key: `${method.toUpperCase() as Uppercase<M>} ${path}`,
    cloudOnly: false,
    auth: true,
    tenant: false,
    body: 'json',
    failures: {},
    ...rules,
  };
}

/** Unknown alert and ambiguous environment, for calls that name one alert. */
const ONE_ALERT = { 404: 'alertNotFound', 409: 'alertConflict' } as const;

export const OPERATIONS = {
  // No Intezer API at the root: a 404, or an answer that is not JSON (an HTML page, a proxy's text).
  getAccessToken: op('post', '/get-access-token', {
    retry: 'tokenExchange',
    auth: false,
    failures: { 0: 'noApiAtRoot', 400: 'invalidApiKey', 404: 'noApiAtRoot' },
  }),
  ingestBinaryAlert: op('post', '/alerts/ingest/binary', {
    retry: 'unsafe',
    cloudOnly: true,
    body: 'multipart',
    successStatus: 200,
    failures: { 400: 'invalidAlertMapping' },
  }),
  // JSON ingest of any other alert: the service assigns the id; 409 means it holds the alert already.
  ingestAlert: op('post', '/alerts/ingest', {
    retry: 'unsafe',
    cloudOnly: true,
    successStatus: 200,
    failures: { 400: 'invalidAlertMapping', 409: 'alertAlreadyExists' },
  }),
  getAlertById: op('get', '/alerts/get-by-id', { retry: 'safe', tenant: true, failures: ONE_ALERT }),
  getAlertsByIds: op('get', '/alerts/search', { retry: 'safe', cloudOnly: true, tenant: true }),
  searchAlertsHistory: op('post', '/alerts/search', { retry: 'safe', cloudOnly: true }),
  getAlertRawData: op('get', '/alerts/{alert_id}/raw-data', { retry: 'safe', tenant: true, failures: ONE_ALERT }),
  notifyAlert: op('post', '/alerts/{alert_id}/notify', { retry: 'unsafe', cloudOnly: true, tenant: true, failures: ONE_ALERT }),
  deleteAlert: op('delete', '/alerts/{alert_id}', { retry: 'safe', failures: ONE_ALERT }),
  getOperationResult: op('get', '/{result_url}', { retry: 'safe', verbatimPathParam: 'result_url' }),
  getFileAnalysis: op('get', '/analyses/{analysis_id}', { retry: 'safe' }),
  getUrlAnalysis: op('get', '/url/{analysis_id}', { retry: 'safe' }),
  getEndpointAnalysis: op('get', '/endpoint-analyses/{analysis_id}', { retry: 'safe' }),
} as const;

export type Operations = typeof OPERATIONS;
export type AnyOperation = Operations[keyof Operations];

/**
 * What keeps `Table` from matching the document's `Spec`: an operationId without a row, a row
 * named by no operationId, a row whose method and path lead to another operation.
 */
export type TableGaps<Spec, Table extends Record<string, { method: string; path: string }>> =
  | Exclude<keyof Spec, keyof Table>
  | Exclude<keyof Table, keyof Spec>
  | {
      [K in keyof Table & keyof Spec]: Table[K]['path'] extends keyof paths
        ? Table[K]['method'] extends keyof paths[Table[K]['path']]
          ? [paths[Table[K]['path']][Table[K]['method']]] extends [Spec[K]]
            ? never
            : K
          : K
        : K;
    }[keyof Table & keyof Spec];

/** Compiles only when `Gaps` is never; otherwise the error names each gap. */
export type NoGaps<Gaps extends never> = Gaps;

/** The table against the document: a gap fails the build here. */
export type TableChecked = NoGaps<TableGaps<operations, Operations>>;
