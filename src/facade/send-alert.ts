/**
 * `Alert.send`: any alert other than an email (EDR, SIEM, SOAR) as JSON to `POST /alerts/ingest`.
 * Every option is checked before the request (the wait's too: a bad `timeoutMs` found after
 * the send would make a caller who fixes it send twice). The send is never repeated once it
 * may have reached the service (the operation is `unsafe`, retry-policy.ts).
 */
import type { IntezerClient } from '../client/client.js';
import { ingestAlert } from '../client/endpoints.js';
import { responseValidationError } from '../client/error-factory.js';
import { InvalidArgumentError } from '../client/errors.js';
import { resolveClient } from '../client/global.js';
import { OPERATIONS } from '../client/operations.js';
import type { components } from '../../generated/openapi.js';
import type { SignalOption } from './alert-options.js';
import { Alert } from './alert.js';
import { CALL, checkOptions, WITH_CLIENT, type OptionSpec } from './call-options.js';
import { requireId } from './checks.js';
import { KNOWN_VALUES, warnUnknownValues } from './known-values.js';
import { waitAfterSend } from './sent-alert.js';

/** The options of {@link Alert.send}: the raw alert, its source, and the optional fields sent with it. */
export interface SendAlertOptions extends SignalOption {
  /** The alert as the source product produced it: a plain, JSON-serialisable object. */
  rawAlert: Record<string, unknown>;
  /** The source product: an AlertSource value (`s1`, `cs`, `microsoft_sentinel`, …) or a newer one. */
  source: string;
  /** How to read the raw alert's fields (`definition_mapping`); sources with a built-in mapping need none. */
  alertMapping?: Record<string, unknown>;
  /** The environment to send the alert to (`environment`). */
  environment?: string;
  /** Field names of the raw alert to show on the alert's page. */
  displayFields?: string[];
  /** Sent as `default_verdict`: an AlertVerdict value; another is sent as given, with a warning in the client's log. */
  defaultVerdict?: string;
  /** Sent as `alert_sender`. */
  alertSender?: string;
  /** Wait for triage to finish before resolving. */
  wait?: boolean;
  /** Bound on that wait. */
  timeoutMs?: number;
  /** The client to send with; default: the global one ({@link setGlobalApi}). */
  client?: IntezerClient;
}

type IngestBody = components['schemas']['AlertIngestRequest'];

const SEND: OptionSpec<SendAlertOptions> = {
  rawAlert: 'record',
  source: 'string',
  alertMapping: 'record',
  environment: 'string',
  displayFields: 'strings',
  defaultVerdict: 'string',
  alertSender: 'string',
  wait: 'boolean',
  timeoutMs: 'duration',
  ...CALL,
  ...WITH_CLIENT,
};

interface CheckedSend {
  body: IngestBody;
  wait: boolean;
  timeoutMs?: number;
  signal?: AbortSignal;
  client?: IntezerClient;
}

/**
 * The ingest body and the wait's options from `options`, or InvalidArgumentError: nothing is
 * sent yet. Each option is read once (checkOptions' snapshot), so a getter cannot pass the
 * check with one value and be sent, or waited on, with another.
 */
function checkSendAlertOptions(options: SendAlertOptions): CheckedSend {
  if (options === undefined) throw new InvalidArgumentError('Alert.send needs an options object with rawAlert and source');
  const o = checkOptions('Alert.send', options, SEND);
  if (o.rawAlert === undefined) throw new InvalidArgumentError('Alert.send: rawAlert (the alert, a plain object) is required');
  const body: IngestBody = {
    alert: o.rawAlert,
    alert_source: requireId('source', o.source),
    ...(o.alertMapping !== undefined && { definition_mapping: o.alertMapping }),
    ...(o.environment !== undefined && { environment: o.environment }),
    ...(o.displayFields !== undefined && { display_fields: o.displayFields }),
    ...(o.defaultVerdict !== undefined && { default_verdict: o.defaultVerdict }),
    ...(o.alertSender !== undefined && { alert_sender: o.alertSender }),
  };
  return {
    body,
    wait: o.wait ?? false,
    ...(o.timeoutMs !== undefined && { timeoutMs: o.timeoutMs }),
    ...(o.signal !== undefined && { signal: o.signal }),
    ...(o.client !== undefined && { client: o.client }),
  };
}

/** Sends the alert; with `wait`, waits for its triage (a failed or aborted wait's error carries `alertId`). */
export async function sendAlert(options: SendAlertOptions): Promise<Alert> {
  const { body, wait, timeoutMs, signal, client: given } = checkSendAlertOptions(options);
  const client = resolveClient(given);
  client.requireAvailable(OPERATIONS.ingestAlert);
  warnUnknownValues(client, 'source', body.alert_source, KNOWN_VALUES.source);
  warnUnknownValues(client, 'defaultVerdict', body.default_verdict, KNOWN_VALUES.verdict);
  if (signal?.aborted) throw signal.reason;
  const { alert_id: alertId } = await ingestAlert(client, body, signal ? { signal } : {});
  // The service's id, not the caller's input: one no URL can carry breaks the contract (not InvalidArgumentError, which means nothing was sent).
  if (alertId === '.' || alertId === '..') {
    throw responseValidationError(
      OPERATIONS.ingestAlert.key,
      200,
      [{ path: ['alert_id'], message: `"${alertId}" cannot be an alert id (no URL can carry it)` }],
      client.secrets,
    );
  }
  // Status stays unknown until a check (as sendPhishingEmail): triage has only just begun.
  const alert = new Alert({ alertId, ...(body.environment !== undefined && { environment: body.environment }), client });
  if (wait) await waitAfterSend(alertId, () => alert.waitForCompletion({ ...(timeoutMs !== undefined && { timeoutMs }), ...(signal && { signal }) }));
  return alert;
}
