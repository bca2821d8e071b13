/**
 * The options of Alert's calls, each with the spec its options are checked against
 * (call-options.ts), and how sendPhishingEmail's options become the ingest form.
 */
import type { IntezerClient } from '../client/client.js';
import type { PhishingEmailForm } from '../client/endpoints.js';
import { CALL, WITH_CLIENT, type OptionSpec } from './call-options.js';
import type { RawEmail } from './email-input.js';

/** Every call that touches the network takes one: aborting rejects with the signal's reason. */
export interface SignalOption {
  /** Aborting it rejects the call with the signal's reason at once; an already aborted signal sends nothing. */
  signal?: AbortSignal;
}

/** The options of {@link Alert.sendPhishingEmail}: the email (exactly one of `rawEmail` / `emailPath`) and what is sent with it. */
export interface SendPhishingEmailOptions extends SignalOption {
  /** The email itself (.eml or .msg, or a zip of one); at most the client's `maxEmailBytes` (default 64 MiB). */
  rawEmail?: RawEmail;
  /** Path of a regular file holding the email (a FIFO, a device or a folder is refused); at most the client's `maxEmailBytes`. */
  emailPath?: string;
  /** The environment to send the alert to (`environment`). */
  environment?: string;
  /** An AlertVerdict value; another is sent as given, with a warning in the client's log. */
  defaultVerdict?: string;
  /** Sent as `alert_sender`. */
  alertSender?: string;
  /** A JSON object sent with the email (`additional_info`, as a JSON string). */
  additionalInfo?: Record<string, unknown>;
  /** Password of a zipped email (`zip_password`). */
  zipPassword?: string;
  /** Wait for triage to finish before resolving. */
  wait?: boolean;
  /** Bound on that wait (checked before the email is sent). */
  timeoutMs?: number;
  /** The client to send with; default: the global one ({@link setGlobalApi}). */
  client?: IntezerClient;
}

/** The options of {@link Alert.fromId}. */
export interface FromIdOptions extends SignalOption {
  /** The alert's environment; needed when the id exists in several (else {@link AlertConflictError}). */
  environment?: string;
  /** Also load the analyses behind the alert's scans once triage finished (as {@link Alert.fetchScans}). */
  fetchScans?: boolean;
  /** Wait for triage to finish before resolving. */
  wait?: boolean;
  /** Bound on that wait, in ms ({@link WaitTimeoutError} past it); default: none. */
  timeoutMs?: number;
  /** Default true: still in triage and not waiting → AlertInProgressError. */
  raiseOnInProgress?: boolean;
  /** The client to fetch with; default: the global one ({@link setGlobalApi}). */
  client?: IntezerClient;
}

/** The options of {@link Alert.getRawData} and {@link Alert.downloadRawData}. */
export interface RawDataOptions extends SignalOption {
  /** Default: the alert's own (known after a status check). */
  environment?: string;
  /** Default `raw_alert`. */
  rawDataType?: string;
}

/** The options of {@link Alert.delete}. */
export interface DeleteOptions extends SignalOption {
  /** Wait for the deletion's operation to finish before resolving. */
  waitForCompletion?: boolean;
  /** Bound on that wait (checked before the alert is deleted). */
  timeoutMs?: number;
}

/** The constructor's options: exactly one of alertId / alertStream (an alertStream's id is the SHA-256 hex of its bytes). */
export interface AlertInit {
  /** The id of an existing alert. */
  alertId?: string;
  /** The alert's raw bytes (a phishing email's, say): its id is their SHA-256 hex. */
  alertStream?: Uint8Array;
  /** The alert's environment, when known (else learnt from the first status check). */
  environment?: string;
  /** The client the alert uses for its whole life; default: the global one as set when the alert is made (else at its first call). */
  client?: IntezerClient;
}

export const ALERT_INIT: OptionSpec<AlertInit> = { alertId: 'any', alertStream: 'any', environment: 'string', ...WITH_CLIENT };
export const SEND_PHISHING: OptionSpec<SendPhishingEmailOptions> = {
  rawEmail: 'any',
  emailPath: 'string',
  environment: 'string',
  defaultVerdict: 'string',
  alertSender: 'string',
  additionalInfo: 'record',
  zipPassword: 'string',
  wait: 'boolean',
  timeoutMs: 'duration',
  ...CALL,
  ...WITH_CLIENT,
};
export const FROM_ID: OptionSpec<FromIdOptions> = {
  environment: 'string',
  fetchScans: 'boolean',
  wait: 'boolean',
  timeoutMs: 'duration',
  raiseOnInProgress: 'boolean',
  ...CALL,
  ...WITH_CLIENT,
};
export const RAW_DATA: OptionSpec<RawDataOptions> = { environment: 'string', rawDataType: 'string', ...CALL };
export const DELETE: OptionSpec<DeleteOptions> = { waitForCompletion: 'boolean', timeoutMs: 'duration', ...CALL };
export const SIGNAL_ONLY: OptionSpec<SignalOption> = CALL;

/** The ingest form's optional fields from checked options. */
export function phishingFormFields(o: SendPhishingEmailOptions): Omit<PhishingEmailForm, 'email'> {
  return {
    ...(o.environment !== undefined && { environment: o.environment }),
    ...(o.defaultVerdict !== undefined && { default_verdict: o.defaultVerdict }),
    ...(o.alertSender !== undefined && { alert_sender: o.alertSender }),
    ...(o.additionalInfo !== undefined && { additional_info: o.additionalInfo }),
    ...(o.zipPassword !== undefined && { zip_password: o.zipPassword }),
  };
}

/** `{ signal }` when there is one: the calls below take it as their options. */
export const signalOf = (o: SignalOption | undefined): SignalOption => (o?.signal ? { signal: o.signal } : {});
