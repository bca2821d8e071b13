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
  signal?: AbortSignal;
}

export interface SendPhishingEmailOptions extends SignalOption {
  rawEmail?: RawEmail;
  emailPath?: string;
  environment?: string;
  /** An AlertVerdict value; another is sent as given, with a warning in the client's log. */
  defaultVerdict?: string;
  alertSender?: string;
  additionalInfo?: Record<string, unknown>;
  zipPassword?: string;
  /** Wait for triage to finish before resolving. */
  wait?: boolean;
  /** Bound on that wait (checked before the email is sent). */
  timeoutMs?: number;
  client?: IntezerClient;
}

export interface FromIdOptions extends SignalOption {
  environment?: string;
  fetchScans?: boolean;
  wait?: boolean;
  timeoutMs?: number;
  /** Default true: still in triage and not waiting → AlertInProgressError. */
  raiseOnInProgress?: boolean;
  client?: IntezerClient;
}

export interface RawDataOptions extends SignalOption {
  /** Default: the alert's own (known after a status check). */
  environment?: string;
  /** Default `raw_alert`. */
  rawDataType?: string;
}

export interface DeleteOptions extends SignalOption {
  waitForCompletion?: boolean;
  /** Bound on that wait (checked before the alert is deleted). */
  timeoutMs?: number;
}

/** The constructor's options: exactly one of alertId / alertStream (an alertStream's id is the SHA-256 hex of its bytes). */
export interface AlertInit {
  alertId?: string;
  alertStream?: Uint8Array;
  environment?: string;
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
