/**
 * What the client must know of each operation beyond its types: its key in the OpenAPI
 * document, whether repeating it is harmless (see retry.ts), whether on-premise installs
 * have it, whether it needs the bearer token, and which success status it must answer.
 */
import type { RetryClass } from './retry.js';

export interface OperationSpec {
  /** "METHOD /path" exactly as in openapi/openapi.yaml. */
  readonly key: string;
  readonly retry: RetryClass;
  readonly cloudOnly?: boolean;
  readonly auth?: false;
  /** The one success status the service answers; any other, 2xx included, is a server error. */
  readonly successStatus?: number;
}

export const OPERATIONS = {
  getAccessToken: { key: 'POST /get-access-token', retry: 'safe', auth: false },
  // WIRE.md: "200 … Any other non-200 is a server error."
  ingestBinaryAlert: { key: 'POST /alerts/ingest/binary', retry: 'unsafe', cloudOnly: true, successStatus: 200 },
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
