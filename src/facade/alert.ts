/**
 * Alert: one alert's triage, as users of the official Python SDK's alerts module know it
 * (docs/behaviour.md).
 * Each status check refreshes every attribute from the service; errors keep their meaning
 * (only 404 is "not found", 409 is a conflict, everything else its own class).
 */
import type { IntezerClient } from '../client/client.js';
import {
  deleteAlert,
  getAlertById,
  getAlertRawData,
  ingestPhishingEmail,
  notifyAlert,
  type AlertRecord,
} from '../client/endpoints.js';
import { alertInProgress, alertNotFound } from '../client/error-factory.js';
import { AlertNotFoundError } from '../client/alert-errors.js';
import { InvalidArgumentError } from '../client/errors.js';
import { OPERATIONS } from '../client/operations.js';
import { resolveClient } from '../client/global.js';
import { sha256Hex } from '../client/sha256.js';
import { optionalString, requireId } from './checks.js';
import { ANALYSIS_BY_SCAN_TYPE, type Scan } from './analyses.js';
import { readEmail, type RawEmail } from './email-input.js';
import { Operation } from './operation.js';
import { AlertStatusCode } from './values.js';
import { pollUntil, type WaitOptions } from './wait.js';

/** The triage payload as the service sends it (wire names). */
export type AlertResult = AlertRecord;

export interface SendPhishingEmailOptions {
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

export interface FromIdOptions {
  environment?: string;
  fetchScans?: boolean;
  wait?: boolean;
  timeoutMs?: number;
  /** Default true: still in triage and not waiting → AlertInProgressError. */
  raiseOnInProgress?: boolean;
  client?: IntezerClient;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

export class Alert {
  readonly alertId: string;
  environment?: string;
  /** Undefined until the first status check. */
  status?: AlertStatusCode;
  /** triage_result.alert_verdict: an AlertVerdict value, or a newer one kept as is. */
  verdict?: string;
  familyName?: string;
  source?: string;
  sender?: string;
  intezerAlertUrl?: string;
  alertUpdateTime?: Date;
  /** Filled by fetchScans(). */
  scans: Scan[] = [];

  #record: AlertRecord | undefined;
  #raiseOnInProgress = true;
  readonly #client: IntezerClient | undefined;

  constructor(options: { alertId?: string; alertStream?: Uint8Array; environment?: string; client?: IntezerClient }) {
    const { alertId, alertStream, environment, client } = options ?? {};
    if ((alertId === undefined) === (alertStream === undefined)) {
      throw new InvalidArgumentError('Give exactly one of alertId or alertStream');
    }
    if (alertStream !== undefined) {
      if (!(alertStream instanceof Uint8Array) || alertStream.byteLength === 0) {
        throw new InvalidArgumentError('alertStream must be a non-empty Uint8Array');
      }
      this.alertId = sha256Hex(alertStream);
    } else {
      this.alertId = requireId('alertId', alertId);
    }
    const env = optionalString('environment', environment);
    if (env !== undefined) this.environment = env;
    this.#client = client;
  }

  get #api(): IntezerClient {
    return resolveClient(this.#client);
  }

  /** Submits a raw phishing email (.eml/.msg, or a zip of one) for triage. */
  static async sendPhishingEmail(options: SendPhishingEmailOptions): Promise<Alert> {
    const o = options ?? {};
    const client = resolveClient(o.client);
    const environment = optionalString('environment', o.environment);
    if (o.additionalInfo !== undefined && (o.additionalInfo === null || typeof o.additionalInfo !== 'object' || Array.isArray(o.additionalInfo))) {
      throw new InvalidArgumentError('additionalInfo must be a plain object');
    }
    const email = await readEmail(o.rawEmail, o.emailPath);
    const { alert_id: alertId } = await ingestPhishingEmail(client, {
      email,
      ...(environment !== undefined && { environment }),
      ...(o.defaultVerdict !== undefined && { default_verdict: o.defaultVerdict }),
      ...(o.alertSender !== undefined && { alert_sender: o.alertSender }),
      ...(o.additionalInfo !== undefined && { additional_info: o.additionalInfo }),
      ...(o.zipPassword !== undefined && { zip_password: o.zipPassword }),
    });
    // Status stays unknown until a check, as in the official Python SDK: later calls
    // that need a finished triage (notify, fetchScans) then ask the service first.
    const alert = new Alert({ alertId, ...(environment !== undefined && { environment }), client });
    if (o.wait) await alert.waitForCompletion(o.timeoutMs !== undefined ? { timeoutMs: o.timeoutMs } : {});
    return alert;
  }

  /** Fetches an existing alert. */
  static async fromId(alertId: string, options: FromIdOptions = {}): Promise<Alert> {
    const { environment, fetchScans, wait, timeoutMs, raiseOnInProgress = true, client } = options;
    const alert = new Alert({ alertId, ...(environment !== undefined && { environment }), ...(client && { client }) });
    alert.#raiseOnInProgress = raiseOnInProgress;
    await alert.checkStatus();
    if (wait && alert.isRunning()) {
      await alert.waitForCompletion({ ...(timeoutMs !== undefined && { timeoutMs }), sleepBeforeFirstCheck: true });
    } else if (alert.isRunning() && raiseOnInProgress) {
      throw alertInProgress(alert.alertId);
    }
    // Scans exist only once triage finished; an in-progress alert fetched with
    // raiseOnInProgress: false keeps an empty list (its status says why).
    if (fetchScans && alert.status === AlertStatusCode.FINISHED) await alert.fetchScans();
    return alert;
  }

  /** Refreshes every attribute from the service. */
  async checkStatus(signal?: AbortSignal): Promise<AlertStatusCode> {
    let answer;
    try {
      answer = await getAlertById(this.#api, this.alertId, this.environment, signal ? { signal } : {});
    } catch (err) {
      if (err instanceof AlertNotFoundError) this.status = AlertStatusCode.NOT_FOUND;
      throw err;
    }
    const wire = answer.status;
    this.status = wire === 'in_progress' || wire === 'queued' ? AlertStatusCode.IN_PROGRESS : AlertStatusCode.FINISHED;
    this.#apply(answer.result);
    return this.status;
  }

  #apply(record: AlertRecord): void {
    this.#record = record;
    const triage = record.triage_result ?? undefined;
    const env = str(record.environment);
    if (env !== undefined) this.environment = env;
    this.verdict = str(triage?.alert_verdict);
    this.familyName = str(triage?.family_name);
    this.source = str(record.source);
    this.sender = str(record.sender);
    this.intezerAlertUrl = str(record.intezer_alert_url);
    const t = str(record.alert_update_time);
    this.alertUpdateTime = t === undefined ? undefined : new Date(t);
  }

  /** Neither finished nor not found. */
  isRunning(): boolean {
    return this.status !== AlertStatusCode.FINISHED && this.status !== AlertStatusCode.NOT_FOUND;
  }

  /** Polls until triage finishes; WaitTimeoutError past `timeoutMs`. */
  async waitForCompletion(options: WaitOptions = {}): Promise<void> {
    await pollUntil(
      `alert ${this.alertId}`,
      async (signal) => {
        await this.checkStatus(signal);
        return !this.isRunning();
      },
      { ...options, defaultIntervalMs: this.#api.config.pollIntervalMs },
    );
  }

  /** The raw triage payload (wire names). */
  result(): AlertResult {
    if (this.status === AlertStatusCode.NOT_FOUND) throw alertNotFound(this.alertId);
    if (this.#record && (this.status === AlertStatusCode.FINISHED || !this.#raiseOnInProgress)) return this.#record;
    throw alertInProgress(this.alertId);
  }

  /** Checks the status when none is known yet, then demands a finished triage. */
  async #requireFinished(): Promise<AlertRecord> {
    if (this.status === undefined) await this.checkStatus();
    if (this.status === AlertStatusCode.NOT_FOUND) throw alertNotFound(this.alertId);
    if (this.status !== AlertStatusCode.FINISHED || !this.#record) throw alertInProgress(this.alertId);
    return this.#record;
  }

  /** Loads the analyses behind the alert's scans, concurrently; missing ones are left out. */
  async fetchScans(): Promise<Scan[]> {
    const record = await this.#requireFinished();
    const client = this.#api;
    const loads: Promise<Scan | null>[] = [];
    for (const scan of record.scans ?? []) {
      const kind = ANALYSIS_BY_SCAN_TYPE[scan.scan_type as keyof typeof ANALYSIS_BY_SCAN_TYPE];
      const ref = kind && (scan[kind.field] as { analysis_id?: string } | undefined);
      if (kind && ref?.analysis_id) loads.push(kind.load(ref.analysis_id, { client }));
    }
    this.scans = (await Promise.all(loads)).filter((s): s is Scan => s !== null);
    return this.scans;
  }

  /** The raw payload the alert was ingested with (the whole JSON answer). */
  async getRawData(options: { environment?: string; rawDataType?: string } = {}): Promise<Record<string, unknown>> {
    const environment = optionalString('environment', options.environment) ?? this.environment;
    if (environment === undefined) {
      throw new InvalidArgumentError('getRawData needs an environment: pass { environment } or check the alert status first');
    }
    const rawDataType = optionalString('rawDataType', options.rawDataType) ?? 'raw_alert';
    return (await getAlertRawData(this.#api, this.alertId, environment, rawDataType)) as Record<string, unknown>;
  }

  /** Notifies the alert's channels; the channels notified. */
  async notify(): Promise<string[]> {
    // Cloud-only: refused before the status check it would otherwise make first.
    this.#api.requireAvailable(OPERATIONS.notifyAlert);
    await this.#requireFinished();
    return notifyAlert(this.#api, this.alertId, this.environment);
  }

  /** Deletes the alert; learns its environment first when it is not known yet. */
  async delete(options: { waitForCompletion?: boolean; timeoutMs?: number } = {}): Promise<Operation> {
    if (this.environment === undefined) await this.checkStatus();
    const environment = this.environment;
    if (environment === undefined) throw new InvalidArgumentError(`Alert ${this.alertId} has no known environment to delete it from`);
    const resultUrl = await deleteAlert(this.#api, this.alertId, environment);
    const operation = new Operation(resultUrl, 'Delete Alert', this.#client);
    if (options.waitForCompletion) {
      await operation.waitForCompletion(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {});
    }
    return operation;
  }

  toJSON(): Record<string, unknown> {
    return {
      alertId: this.alertId,
      environment: this.environment,
      status: this.status,
      verdict: this.verdict,
      familyName: this.familyName,
      source: this.source,
      sender: this.sender,
      intezerAlertUrl: this.intezerAlertUrl,
      alertUpdateTime: this.alertUpdateTime,
      scans: this.scans,
    };
  }
}
