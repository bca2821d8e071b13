/**
 * One function per operation of the alerts API: the wire form of each call (path, method,
 * GET bodies, multipart, tenant_id) lives here and nowhere else. Each resolves with the
 * validated 2xx answer or throws the client's typed errors.
 */
import type { components } from '../../generated/openapi.js';
import type { IntezerClient } from './client.js';
import { ResponseValidationError } from './errors.js';
import { sha256Hex } from './sha256.js';
import { OPERATIONS } from './operations.js';
import { encodeMultipart, type MultipartField } from './transport/multipart.js';

type Schemas = components['schemas'];
export type AlertRecord = Schemas['Alert'];
export type AlertsHistoryWireFilters = Schemas['AlertsHistoryFilters'];
export type AnalysisKind = 'file' | 'url' | 'endpoint';

/** The fixed display fields of a phishing-email alert (WIRE.md). */
export const PHISHING_DISPLAY_FIELDS = 'reported_by,sender,received,subject,message_id,to';

export interface PhishingEmailForm {
  email: Uint8Array;
  environment?: string;
  default_verdict?: string;
  alert_sender?: string;
  additional_info?: Record<string, unknown>;
  zip_password?: string;
}

/** `POST /alerts/ingest/binary`: form fields first, the file (named by its SHA-256) last. */
export async function ingestPhishingEmail(client: IntezerClient, form: PhishingEmailForm, signal?: AbortSignal) {
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
  const { body, contentType } = encodeMultipart(fields);
  const { data } = await client.call(
    OPERATIONS.ingestBinaryAlert,
    (api, init) =>
      api.POST('/alerts/ingest/binary', {
        ...init,
        headers: { 'Content-Type': contentType },
        // The typed body is the form's schema; the bytes on the wire are the encoded form.
        body: {} as Schemas['BinaryAlertForm'],
        bodySerializer: () => body,
      }),
    signal,
  );
  return data;
}

/** `GET /alerts/get-by-id` with a JSON body. */
export async function getAlertById(client: IntezerClient, alertId: string, environment?: string, signal?: AbortSignal) {
  const body = client.withTenant({ alert_id: alertId, ...(environment !== undefined && { environment }) });
  const { data } = await client.call(OPERATIONS.getAlertById, (api, init) => api.GET('/alerts/get-by-id', { ...init, body }), signal);
  return data;
}

/** `GET /alerts/search` with a JSON body. */
export async function getAlertsByIds(client: IntezerClient, alertIds: string[], environments?: string[], signal?: AbortSignal) {
  const body = client.withTenant({ alert_ids: alertIds, ...(environments !== undefined && { environments }) });
  const { data } = await client.call(OPERATIONS.getAlertsByIds, (api, init) => api.GET('/alerts/search', { ...init, body }), signal);
  return data.result;
}

/** `POST /alerts/search`: one page of history. */
export async function searchAlertsHistory(client: IntezerClient, filters: AlertsHistoryWireFilters, signal?: AbortSignal) {
  const { data } = await client.call(OPERATIONS.searchAlertsHistory, (api, init) => api.POST('/alerts/search', { ...init, body: filters }), signal);
  return data.result;
}

/** `GET /alerts/{alert_id}/raw-data` with a JSON body; the whole JSON answer. */
export async function getAlertRawData(client: IntezerClient, alertId: string, environment: string, rawDataType: string, signal?: AbortSignal) {
  const body = client.withTenant({ environment, raw_data_type: rawDataType });
  const { data } = await client.call(
    OPERATIONS.getAlertRawData,
    (api, init) => api.GET('/alerts/{alert_id}/raw-data', { ...init, params: { path: { alert_id: alertId } }, body }),
    signal,
  );
  return data;
}

/** `POST /alerts/{alert_id}/notify`; no body when there is neither environment nor tenant. */
export async function notifyAlert(client: IntezerClient, alertId: string, environment?: string, signal?: AbortSignal) {
  const fields = client.withTenant(environment === undefined ? {} : { environment });
  const body = Object.keys(fields).length ? fields : undefined;
  const { data } = await client.call(
    OPERATIONS.notifyAlert,
    (api, init) => api.POST('/alerts/{alert_id}/notify', { ...init, params: { path: { alert_id: alertId } }, ...(body && { body }) }),
    signal,
  );
  return data.notified_channels ?? [];
}

/** `DELETE /alerts/{alert_id}` with a JSON body; the operation's URL. */
export async function deleteAlert(client: IntezerClient, alertId: string, environment: string, signal?: AbortSignal) {
  const { data } = await client.call(
    OPERATIONS.deleteAlert,
    (api, init) => api.DELETE('/alerts/{alert_id}', { ...init, params: { path: { alert_id: alertId } }, body: { environment } }),
    signal,
  );
  return data.result_url;
}

/**
 * The path of an operation's `result_url` below the API root. The URL is the service's to
 * choose (opaque); an absolute one must stay under the API root, so the token is never sent
 * to another host.
 */
export function operationPath(client: IntezerClient, resultUrl: string): string {
  const root = client.config.apiRoot;
  if (/^[a-z][a-z0-9+.-]*:/i.test(resultUrl)) {
    if (resultUrl === root || resultUrl.startsWith(`${root}/`)) return resultUrl.slice(root.length).replace(/^\/+/, '');
    throw new ResponseValidationError(OPERATIONS.deleteAlert.key, 200, [
      { path: ['result_url'], message: 'points outside the API root; refusing to send credentials there' },
    ]);
  }
  return resultUrl.replace(/^\/+/, '');
}

/** `GET <API root><result_url>`: HTTP status and body (200 done or failed, 202 running). */
export async function getOperationResult(client: IntezerClient, resultUrl: string, signal?: AbortSignal) {
  const path = operationPath(client, resultUrl);
  const { status, data } = await client.call(
    OPERATIONS.getOperationResult,
    (api, init) =>
      api.GET('/{result_url}', {
        ...init,
        params: { path: { result_url: path } },
        // The path is opaque and may hold '/': insert it as given, not percent-encoded.
        pathSerializer: (url: string) => url.replace('{result_url}', path),
      }),
    signal,
  );
  return { status, data };
}

/** `GET /analyses/{id}`, `/url/{id}` or `/endpoint-analyses/{id}`: HTTP status and body. */
export async function getAnalysis(client: IntezerClient, kind: AnalysisKind, analysisId: string, signal?: AbortSignal) {
  const params = { path: { analysis_id: analysisId } };
  switch (kind) {
    case 'file':
      return client.call(OPERATIONS.getFileAnalysis, (api, init) => api.GET('/analyses/{analysis_id}', { ...init, params }), signal);
    case 'url':
      return client.call(OPERATIONS.getUrlAnalysis, (api, init) => api.GET('/url/{analysis_id}', { ...init, params }), signal);
    case 'endpoint':
      return client.call(OPERATIONS.getEndpointAnalysis, (api, init) => api.GET('/endpoint-analyses/{analysis_id}', { ...init, params }), signal);
  }
}
