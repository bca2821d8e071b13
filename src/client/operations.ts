/**
 * What the client must know of each operation beyond its types: its key in the OpenAPI
 * document, whether repeating it is harmless (see retry.ts), whether on-premise installs
 * have it, and whether it needs the bearer token.
 */
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
