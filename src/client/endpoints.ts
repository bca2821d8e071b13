/**
 * One function per operation of the alerts API: the wire form of each call (path, method,
 * GET bodies, multipart, tenant_id) lives here and nowhere else. Each resolves with the
 * validated 2xx answer or throws the client's typed errors.
 */
import { createHash } from 'node:crypto';
import type { components } from '../../generated/openapi.js';
import type { IntezerClient } from './client.js';
import { ResponseValidationError } from './errors.js';
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
  fields.push({ name: 'file', filename: createHash('sha256').update(form.email).digest('hex'), data: form.email });
  const { body, contentType } = encodeMultipart(fields);
  const { data } = await client.call('ingestBinaryAlert', { path: '/alerts/ingest/binary', encoded: { body, contentType } }, signal);
  return data;
}

/** `GET /alerts/get-by-id` with a JSON body. */
export async function getAlertById(client: IntezerClient, alertId: string, environment?: string, signal?: AbortSignal) {
  const json = client.withTenant({ alert_id: alertId, ...(environment !== undefined && { environment }) });
  const { data } = await client.call('getAlertById', { path: '/alerts/get-by-id', json }, signal);
  return data;
}

/** `GET /alerts/search` with a JSON body. */
export async function getAlertsByIds(client: IntezerClient, alertIds: string[], environments?: string[], signal?: AbortSignal) {
  const json = client.withTenant({ alert_ids: alertIds, ...(environments !== undefined && { environments }) });
  const { data } = await client.call('getAlertsByIds', { path: '/alerts/search', json }, signal);
  return data.result;
}

/** `POST /alerts/search`: one page of history. */
export async function searchAlertsHistory(client: IntezerClient, filters: AlertsHistoryWireFilters, signal?: AbortSignal) {
  const { data } = await client.call('searchAlertsHistory', { path: '/alerts/search', json: filters }, signal);
  return data.result;
}

/** `GET /alerts/{alert_id}/raw-data` with a JSON body; the whole JSON answer. */
export async function getAlertRawData(client: IntezerClient, alertId: string, environment: string, rawDataType: string, signal?: AbortSignal) {
  const json = client.withTenant({ environment, raw_data_type: rawDataType });
  const { data } = await client.call('getAlertRawData', { path: `/alerts/${encodeURIComponent(alertId)}/raw-data`, json }, signal);
  return data;
}

/** `POST /alerts/{alert_id}/notify`; no body when there is neither environment nor tenant. */
export async function notifyAlert(client: IntezerClient, alertId: string, environment?: string, signal?: AbortSignal) {
  const fields = client.withTenant(environment === undefined ? {} : { environment });
  const path = `/alerts/${encodeURIComponent(alertId)}/notify`;
  const { data } = await client.call('notifyAlert', Object.keys(fields).length ? { path, json: fields } : { path }, signal);
  return data.notified_channels ?? [];
}

/** `DELETE /alerts/{alert_id}` with a JSON body; the operation's URL. */
export async function deleteAlert(client: IntezerClient, alertId: string, environment: string, signal?: AbortSignal) {
  const { data } = await client.call('deleteAlert', { path: `/alerts/${encodeURIComponent(alertId)}`, json: { environment } }, signal);
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
  // The path is opaque and may hold '/': inserted as given, not percent-encoded.
  const { status, data } = await client.call('getOperationResult', { path: `/${path}` }, signal);
  return { status, data };
}

/** `GET /analyses/{id}`, `/url/{id}` or `/endpoint-analyses/{id}`: HTTP status and body. */
export async function getAnalysis(client: IntezerClient, kind: AnalysisKind, analysisId: string, signal?: AbortSignal) {
  const id = encodeURIComponent(analysisId);
  switch (kind) {
    case 'file':
      return client.call('getFileAnalysis', { path: `/analyses/${id}` }, signal);
    case 'url':
      return client.call('getUrlAnalysis', { path: `/url/${id}` }, signal);
    case 'endpoint':
      return client.call('getEndpointAnalysis', { path: `/endpoint-analyses/${id}` }, signal);
  }
}
