/**
 * What the client must know of each operation: its key in the OpenAPI document, whether
 * repeating it is harmless (see retry.ts), whether on-premise installs have it, whether it
 * needs the bearer token; and its body types, from the generated `operations` (keyed, like
 * OPERATIONS, by operationId).
 */
import type { operations } from '../../generated/openapi.js';
import type { RetryClass } from './retry.js';

export interface OperationSpec {
  /** "METHOD /path" exactly as in openapi/openapi.yaml. */
  readonly key: string;
  readonly retry: RetryClass;
  readonly cloudOnly?: boolean;
  readonly auth?: false;
}

export const OPERATIONS = {
  getAccessToken: { key: 'POST /get-access-token', retry: 'safe', auth: false },
  ingestBinaryAlert: { key: 'POST /alerts/ingest/binary', retry: 'unsafe', cloudOnly: true },
  getAlertById: { key: 'GET /alerts/get-by-id', retry: 'safe' },
  getAlertsByIds: { key: 'GET /alerts/search', retry: 'safe', cloudOnly: true },
  searchAlertsHistory: { key: 'POST /alerts/search', retry: 'safe', cloudOnly: true },
  getAlertRawData: { key: 'GET /alerts/{alert_id}/raw-data', retry: 'safe' },
  notifyAlert: { key: 'POST /alerts/{alert_id}/notify', retry: 'unsafe', cloudOnly: true },
  deleteAlert: { key: 'DELETE /alerts/{alert_id}', retry: 'safe' },
  getOperationResult: { key: 'GET /{result_url}', retry: 'safe' },
  getFileAnalysis: { key: 'GET /analyses/{analysis_id}', retry: 'safe' },
  getUrlAnalysis: { key: 'GET /url/{analysis_id}', retry: 'safe' },
  getEndpointAnalysis: { key: 'GET /endpoint-analyses/{analysis_id}', retry: 'safe' },
} as const satisfies Record<string, OperationSpec>;

export type OperationId = keyof typeof OPERATIONS;

type JsonOf<T> = T extends { content: { 'application/json': infer J } } ? J : never;
type Responses<Id extends OperationId> = operations[Id]['responses'];

/** The JSON request body the document gives an operation (never: it takes none). */
export type RequestJson<Id extends OperationId> = JsonOf<operations[Id]['requestBody']>;

/** The JSON body of an operation's 2xx answers (a union where it has several). */
export type SuccessJson<Id extends OperationId> = {
  [S in keyof Responses<Id>]: S extends 200 | 201 | 202 ? JsonOf<Responses<Id>[S]> : never;
}[keyof Responses<Id>];
