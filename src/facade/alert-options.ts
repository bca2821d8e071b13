/** The options of Alert's calls, and how sendPhishingEmail's options become the ingest form. */
import type { IntezerClient } from '../client/client.js';
import type { PhishingEmailForm } from '../client/endpoints.js';
import { InvalidArgumentError } from '../client/errors.js';
import { optionalString } from './checks.js';
import type { RawEmail } from './email-input.js';

/** Every call that touches the network takes one: aborting rejects with the signal's reason. */
export interface SignalOption {
  signal?: AbortSignal;
}

export interface SendPhishingEmailOptions extends SignalOption {
  rawEmail?: RawEmail;
  emailPath?: string;
  environment?: string;
  defaultVerdict?: string;
  alertSender?: string;
  additionalInfo?: Record<string, unknown>;
  zipPassword?: string;
  /** Wait for triage to finish before resolving. */
  wait?: boolean;
  /** Bound on that wait. */
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
  timeoutMs?: number;
}

/** The ingest form's optional fields from the options, checked before anything is read or sent. */
export function phishingFormFields(o: SendPhishingEmailOptions): Omit<PhishingEmailForm, 'email'> {
  const environment = optionalString('environment', o.environment);
  if (o.additionalInfo !== undefined && (o.additionalInfo === null || typeof o.additionalInfo !== 'object' || Array.isArray(o.additionalInfo))) {
    throw new InvalidArgumentError('additionalInfo must be a plain object');
  }
  return {
    ...(environment !== undefined && { environment }),
    ...(o.defaultVerdict !== undefined && { default_verdict: o.defaultVerdict }),
    ...(o.alertSender !== undefined && { alert_sender: o.alertSender }),
    ...(o.additionalInfo !== undefined && { additional_info: o.additionalInfo }),
    ...(o.zipPassword !== undefined && { zip_password: o.zipPassword }),
  };
}

/** `{ signal }` when there is one: the calls below take it as their options. */
export const signalOf = (o: SignalOption | undefined): SignalOption => (o?.signal ? { signal: o.signal } : {});
