/**
 * One function per operation of the alerts API, each a hand-off to `client.call()` with the
 * data of the call: how each is sent (method, path, body rule, tenant, retries, error
 * meanings) is in the operation table (operations.ts).
 */
import type { components } from '../../generated/openapi.js';
import type { CallOptions, SuccessOf } from './call-types.js';
import type { IntezerClient } from './client.js';
import { responseValidationError } from './error-factory.js';
import { OPERATIONS, type Operations } from './operations.js';
import { sha256Hex } from './sha256.js';
import { encodeMultipart, type MultipartField } from './transport/multipart.js';

type Schemas = components['schemas'];
export type AlertsHistoryWireFilters = Schemas['AlertsHistoryFilters'];
export type AnalysisKind = 'file' | 'url' | 'endpoint';
type Options = Pick<CallOptions, 'signal'>;
/** For calls whose HTTP status tells (200 done, 202 running). */
type StatusAndData<K extends keyof Operations> = { status: number; data: SuccessOf<Operations[K]> };
type AnalysisOperation = 'getFileAnalysis' | 'getUrlAnalysis' | 'getEndpointAnalysis';

/** The fixed display fields of a phishing-email alert. */
const PHISHING_DISPLAY_FIELDS = 'reported_by,sender,received,subject,message_id,to';

export interface PhishingEmailForm {
  email: Uint8Array;
  environment?: string;
  default_verdict?: string;
  alert_sender?: string;
  additional_info?: Record<string, unknown>;
  zip_password?: string;
}

/** The ingest form: the fixed fields, the optional ones given, and the file (named by its SHA-256) last. */
function phishingFields(form: PhishingEmailForm): MultipartField[] {
  const fields: MultipartField[] = [
    { name: 'alert_source', value: 'phishing_emails' },
    { name: 'display_fields', value: PHISHING_DISPLAY_FIELDS },
  ];
  const optional: [string, string | undefined][] = [
    ['environment', form.environment],
    ['default_verdict', form.default_verdict],
    ['alert_sender', form.alert_sender],
    ['additional_info', form.additional_info === undefined ? undefined : JSON.stringify(form.additional_info)],
    ['zip_password', form.zip_password],
  ];
  for (const [name, value] of optional) if (value !== undefined) fields.push({ name, value });
  fields.push({ name: 'file', filename: sha256Hex(form.email), data: form.email });
  return fields;
}

const dataOf = <D>(r: { data: D }): D => r.data;

/** A phishing alert's id is the SHA-256 of its bytes: named by InvalidAlertMappingError on a 400. */
export const ingestPhishingEmail = (client: IntezerClient, form: PhishingEmailForm, o: Options = {}): Promise<SuccessOf<Operations['ingestBinaryAlert']>> =>
  client.call(OPERATIONS.ingestBinaryAlert, { form: encodeMultipart(phishingFields(form)) }, { ...o, alertId: sha256Hex(form.email) }).then(dataOf);

/** Any other alert (JSON): the service assigns the id; a 409 (already held) is AlertAlreadyExistsError. */
export const ingestAlert = (client: IntezerClient, body: Schemas['AlertIngestRequest'], o: Options = {}): Promise<SuccessOf<Operations['ingestAlert']>> =>
  client.call(OPERATIONS.ingestAlert, { body }, o).then(dataOf);

export const getAlertById = (client: IntezerClient, alertId: string, environment?: string, o: Options = {}): Promise<SuccessOf<Operations['getAlertById']>> =>
  client.call(OPERATIONS.getAlertById, { body: { alert_id: alertId, ...(environment !== undefined && { environment }) } }, { ...o, alertId }).then(dataOf);

export const getAlertsByIds = (
  client: IntezerClient,
  alertIds: string[],
  environments?: string[],
  o: Options = {},
): Promise<Schemas['AlertsListResponse']['result']> =>
  client.call(OPERATIONS.getAlertsByIds, { body: { alert_ids: alertIds, ...(environments !== undefined && { environments }) } }, o).then((r) => r.data.result);

/** One page of history. */
export const searchAlertsHistory = (
  client: IntezerClient,
  filters: AlertsHistoryWireFilters,
  o: Options = {},
): Promise<Schemas['AlertsListResponse']['result']> => client.call(OPERATIONS.searchAlertsHistory, { body: filters }, o).then((r) => r.data.result);

/** The whole JSON answer. */
export const getAlertRawData = (
  client: IntezerClient,
  alertId: string,
  environment: string,
  rawDataType: string,
  o: Options = {},
): Promise<SuccessOf<Operations['getAlertRawData']>> =>
  client.call(OPERATIONS.getAlertRawData, { path: { alert_id: alertId }, body: { environment, raw_data_type: rawDataType } }, { ...o, alertId }).then(dataOf);

/** The channels notified (an absent list reads as none). */
export const notifyAlert = (client: IntezerClient, alertId: string, environment?: string, o: Options = {}): Promise<string[]> =>
  client
    .call(OPERATIONS.notifyAlert, { path: { alert_id: alertId }, body: environment === undefined ? {} : { environment } }, { ...o, alertId })
    .then((r) => r.data.notified_channels ?? []);

/** The operation's result URL. */
export const deleteAlert = (client: IntezerClient, alertId: string, environment: string, o: Options = {}): Promise<string> =>
  client.call(OPERATIONS.deleteAlert, { path: { alert_id: alertId }, body: { environment } }, { ...o, alertId }).then((r) => r.data.result_url);

/**
 * The path of an operation's `result_url` below the API root. The URL is the service's to
 * choose (opaque: it may hold `/`); relative or absolute, it must stay under the API root once
 * resolved (dot segments, `%2e` included, are resolved first), so the token is never sent to
 * another host or path.
 */
function operationPath(client: IntezerClient, resultUrl: string): string {
  const root = new URL(`${client.config.apiRoot}/`);
  let resolved: URL | undefined;
  try {
    resolved = /^[a-z][a-z0-9+.-]*:/i.test(resultUrl) ? new URL(resultUrl) : new URL(resultUrl.replace(/^\/+/, ''), root);
  } catch {
    resolved = undefined;
  }
  if (!resolved || resolved.origin !== root.origin || !resolved.pathname.startsWith(root.pathname) || resolved.pathname === root.pathname || resolved.hash) {
    throw responseValidationError(OPERATIONS.deleteAlert.key, 200, [
      { path: ['result_url'], message: 'points outside the API root; refusing to send credentials there' },
    ]);
  }
  return resolved.pathname.slice(root.pathname.length) + resolved.search;
}

/** HTTP status and body (200 done or failed, 202 running). */
export async function getOperationResult(client: IntezerClient, resultUrl: string, o: Options = {}): Promise<StatusAndData<'getOperationResult'>> {
  const { status, data } = await client.call(OPERATIONS.getOperationResult, { path: { result_url: operationPath(client, resultUrl) } }, o);
  return { status, data };
}

const ANALYSIS_OPERATIONS = {
  file: OPERATIONS.getFileAnalysis,
  url: OPERATIONS.getUrlAnalysis,
  endpoint: OPERATIONS.getEndpointAnalysis,
} as const;

/** HTTP status and body of a file, URL or endpoint analysis. */
export async function getAnalysis(client: IntezerClient, kind: AnalysisKind, analysisId: string, o: Options = {}): Promise<StatusAndData<AnalysisOperation>> {
  const { status, data } = await client.call(ANALYSIS_OPERATIONS[kind], { path: { analysis_id: analysisId } }, o);
  return { status, data };
}
