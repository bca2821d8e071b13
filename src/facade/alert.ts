/**
 * Alert: one alert's triage, as users of the official Python SDK's alerts module know it
 * (docs/behaviour.md). Each status check refreshes every attribute from the service; what
 * a failed call means (not found, conflict, malformed) is decided by the client from its
 * operation table, so the errors arrive here already typed.
 */
import { AlertNotFoundError } from '../client/errors.js';
import type { IntezerClient } from '../client/client.js';
import { deleteAlert, getAlertById, getAlertRawData, ingestPhishingEmail, notifyAlert } from '../client/endpoints.js';
import { alertInProgress, alertNotFound } from '../client/error-factory.js';
import { InvalidArgumentError } from '../client/errors.js';
import { currentGlobalApi, resolveClient } from '../client/global.js';
import { OPERATIONS } from '../client/operations.js';
import { sha256Hex } from '../client/sha256.js';
import {
  ALERT_INIT,
  DELETE,
  FROM_ID,
  phishingFormFields,
  RAW_DATA,
  SEND_PHISHING,
  signalOf,
  SIGNAL_ONLY,
  type AlertInit,
  type DeleteOptions,
  type FromIdOptions,
  type RawDataOptions,
  type SendPhishingEmailOptions,
  type SignalOption,
} from './alert-options.js';
import { ANALYSIS_BY_SCAN_TYPE, type Scan } from './analyses.js';
import { checkOptions, WAITING } from './call-options.js';
import { requirePathId } from './checks.js';
import { readEmail } from './email-input.js';
import { KNOWN_VALUES, warnUnknownValues } from './known-values.js';
import { Operation } from './operation.js';
import { payloadOf, type RawDataAnswer } from './raw-data.js';
import { sendAlert, type SendAlertOptions } from './send-alert.js';
import type { AlertRecord } from './records.js';
import { waitAfterSend } from './sent-alert.js';
import { AlertStatusCode, type AlertSourceValue, type AlertVerdictValue, type OpenValue } from './values.js';
import { pollUntil, type WaitOptions } from './wait.js';

/** The triage payload as the service sends it (wire names). */
export type AlertResult = AlertRecord;

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

/**
 * One alert and its triage: send one ({@link Alert.send}, {@link Alert.sendPhishingEmail}), or fetch one ({@link Alert.fromId}).
 * Every status check refreshes every field from the service. The alert keeps the client it was made with.
 */
export class Alert {
  /** The alert's id (assigned by the service on a send). */
  readonly alertId: string;
  /** The environment the alert is filed under: as given, then as the service reports it at each status check. */
  environment?: string;
  /** Undefined until the first status check. */
  status?: AlertStatusCode;
  /** triage_result.alert_verdict: an AlertVerdict value, or a newer one kept as is. */
  verdict?: OpenValue<AlertVerdictValue>;
  /** `triage_result.family_name`: the malware family found, if any. */
  familyName?: string;
  /** An AlertSource value, or a newer one kept as is. */
  source?: OpenValue<AlertSourceValue>;
  /** `sender`: who sent the alert in. */
  sender?: string;
  /** `intezer_alert_url`: the alert's page in Intezer Analyze. */
  intezerAlertUrl?: string;
  /** `alert_update_time`: when the alert's triage or response last changed. */
  alertUpdateTime?: Date;
  /** Filled by fetchScans(). */
  scans: Scan[] = [];

  #record: AlertRecord | undefined;
  #raiseOnInProgress = true;
  /** Bound when made (the given client, else the global one then), so setGlobalApi() later never redirects it. */
  #client: IntezerClient | undefined;

  /**
   * An alert by id (or by its raw bytes), without any request: call {@link Alert.checkStatus} to fill its fields.
   * @throws {@link InvalidArgumentError} unless exactly one of `alertId` / `alertStream` is given, or for an id no URL can carry (`.`, `..`).
   */
  constructor(options: AlertInit) {
    const { alertId, alertStream, environment, client } = checkOptions('new Alert', options ?? {}, ALERT_INIT);
    if ((alertId === undefined) === (alertStream === undefined)) {
      throw new InvalidArgumentError('Give exactly one of alertId or alertStream');
    }
    if (alertStream !== undefined) {
      if (!(alertStream instanceof Uint8Array) || alertStream.byteLength === 0) {
        throw new InvalidArgumentError('alertStream must be a non-empty Uint8Array');
      }
      this.alertId = sha256Hex(alertStream);
    } else {
      this.alertId = requirePathId('alertId', alertId);
    }
    if (environment !== undefined) this.environment = environment;
    this.#client = client ?? currentGlobalApi();
  }

  get #api(): IntezerClient {
    return (this.#client ??= resolveClient());
  }

  /**
   * Submits a raw phishing email (.eml/.msg, or a zip of one) for triage (`POST /alerts/ingest/binary`); resolves to the alert.
   * Every option is checked and the email read before anything is sent; a wait that fails after the send carries `alertId`.
   * @throws {@link InvalidArgumentError} for bad options or an unreadable, empty or too large email (nothing sent).
   */
  static async sendPhishingEmail(options: SendPhishingEmailOptions): Promise<Alert> {
    // Every option, the wait's included, is checked before the email is read or sent.
    const o = checkOptions('Alert.sendPhishingEmail', options ?? {}, SEND_PHISHING);
    const client = resolveClient(o.client);
    const fields = phishingFormFields(o);
    warnUnknownValues(client, 'defaultVerdict', o.defaultVerdict, KNOWN_VALUES.verdict);
    o.signal?.throwIfAborted();
    const email = await readEmail(o.rawEmail, o.emailPath, { maxBytes: client.config.maxEmailBytes, ...signalOf(o) });
    const { alert_id: alertId } = await ingestPhishingEmail(client, { email, ...fields }, signalOf(o));
    // Status stays unknown until a check, as in the official Python SDK: later calls
    // that need a finished triage (notify, fetchScans) then ask the service first.
    const alert = new Alert({ alertId, ...(fields.environment !== undefined && { environment: fields.environment }), client });
    if (o.wait) await waitAfterSend(alertId, () => alert.waitForCompletion({ ...(o.timeoutMs !== undefined && { timeoutMs: o.timeoutMs }), ...signalOf(o) }));
    return alert;
  }

  /**
   * Sends any other alert (EDR, SIEM, SOAR) for triage, as JSON (`POST /alerts/ingest`); never repeated once it may have
   * reached the service. Installs without the endpoint may answer 404 (a {@link ServerError}).
   * @throws {@link AlertAlreadyExistsError} on 409 (the service already holds it), {@link InvalidAlertMappingError} on 400,
   * {@link InvalidArgumentError} for bad options (nothing sent).
   */
  static send(options: SendAlertOptions): Promise<Alert> {
    return sendAlert(options);
  }

  /**
   * Fetches an existing alert (one status check, then the wait and the scans when asked for).
   * @throws {@link AlertNotFoundError} for an unknown alert, {@link AlertConflictError} when the id exists in several
   * environments and none was given, {@link AlertInProgressError} when triage runs and neither `wait` nor `raiseOnInProgress: false` was given.
   */
  static async fromId(alertId: string, options: FromIdOptions = {}): Promise<Alert> {
    options = checkOptions('Alert.fromId', options, FROM_ID);
    const { environment, fetchScans, wait, timeoutMs, raiseOnInProgress = true, client } = options;
    const alert = new Alert({ alertId, ...(environment !== undefined && { environment }), ...(client && { client }) });
    alert.#raiseOnInProgress = raiseOnInProgress;
    await alert.checkStatus(signalOf(options));
    if (wait && alert.isRunning()) {
      await alert.waitForCompletion({ ...(timeoutMs !== undefined && { timeoutMs }), sleepBeforeFirstCheck: true, ...signalOf(options) });
    } else if (alert.isRunning() && raiseOnInProgress) {
      throw alertInProgress(alert.alertId);
    }
    // Scans exist only once triage finished; an in-progress alert fetched with
    // raiseOnInProgress: false keeps an empty list (its status says why).
    if (fetchScans && alert.status === AlertStatusCode.FINISHED) await alert.fetchScans(signalOf(options));
    return alert;
  }

  /**
   * Refreshes every field from the service (`GET /alerts/get-by-id`) and resolves to the status (`queued` is read as `in_progress`).
   * @throws {@link AlertNotFoundError} on 404 (and `status` becomes `not_found`), {@link AlertConflictError} on 409; any other failure as its own error.
   */
  async checkStatus(options: SignalOption = {}): Promise<AlertStatusCode> {
    options = checkOptions('Alert.checkStatus', options, SIGNAL_ONLY);
    let answer;
    try {
      answer = await getAlertById(this.#api, this.alertId, this.environment, signalOf(options));
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

  /** Polls until triage finishes; WaitTimeoutError past `timeoutMs`; a permanent failure ends it at once. */
  async waitForCompletion(options: WaitOptions = {}): Promise<void> {
    options = checkOptions('Alert.waitForCompletion', options, WAITING);
    await pollUntil(
      `alert ${this.alertId}`,
      async (signal) => {
        await this.checkStatus({ signal });
        return !this.isRunning();
      },
      { ...options, client: this.#api },
    );
  }

  /**
   * The raw triage payload (wire names), as of the last status check.
   * @throws {@link AlertNotFoundError} when the alert does not exist, {@link AlertInProgressError} while triage runs
   * (unless fetched with `raiseOnInProgress: false`) or before any status check.
   */
  result(): AlertResult {
    if (this.status === AlertStatusCode.NOT_FOUND) throw alertNotFound(this.alertId);
    if (this.#record && (this.status === AlertStatusCode.FINISHED || !this.#raiseOnInProgress)) return this.#record;
    throw alertInProgress(this.alertId);
  }

  /** Checks the status when none is known yet, then demands a finished triage. */
  async #requireFinished(options: SignalOption): Promise<AlertRecord> {
    if (this.status === undefined) await this.checkStatus(options);
    if (this.status === AlertStatusCode.NOT_FOUND) throw alertNotFound(this.alertId);
    if (this.status !== AlertStatusCode.FINISHED || !this.#record) throw alertInProgress(this.alertId);
    return this.#record;
  }

  /**
   * Loads the analyses behind the alert's file, URL and endpoint scans, concurrently; missing
   * ones are left out. Inline scans (`artifact`, and types this SDK does not know) have
   * nothing to fetch: they stay in `result().scans`.
   */
  async fetchScans(options: SignalOption = {}): Promise<Scan[]> {
    options = checkOptions('Alert.fetchScans', options, SIGNAL_ONLY);
    const record = await this.#requireFinished(options);
    const client = this.#api;
    const loads: Promise<Scan | null>[] = [];
    for (const scan of record.scans ?? []) {
      const kind = ANALYSIS_BY_SCAN_TYPE[scan.scan_type as keyof typeof ANALYSIS_BY_SCAN_TYPE];
      const ref = kind && (scan[kind.field] as { analysis_id?: string } | undefined);
      if (kind && ref?.analysis_id) loads.push(kind.load(ref.analysis_id, { client, ...signalOf(options) }));
    }
    this.scans = (await Promise.all(loads)).filter((s): s is Scan => s !== null);
    return this.scans;
  }

  #rawDataRequest(options: RawDataOptions): [environment: string, rawDataType: string] {
    const environment = options.environment ?? this.environment;
    if (environment === undefined) {
      throw new InvalidArgumentError('The raw data needs an environment: pass { environment } or check the alert status first');
    }
    return [environment, options.rawDataType ?? 'raw_alert'];
  }

  /** The raw-data answer as the service sent it: `{ result }`, or a download link `{ result_url, metadata }`. */
  async getRawData(options: RawDataOptions = {}): Promise<Record<string, unknown>> {
    options = checkOptions('Alert.getRawData', options, RAW_DATA);
    const [environment, rawDataType] = this.#rawDataRequest(options);
    return (await getAlertRawData(this.#api, this.alertId, environment, rawDataType, signalOf(options))) as RawDataAnswer;
  }

  /**
   * The raw payload itself: `result` of the answer, or what its download link holds (fetched
   * without the Authorization header, through the client's proxy and TLS settings), parsed as
   * JSON, or as bytes when it is not JSON.
   */
  async downloadRawData(options: RawDataOptions = {}): Promise<unknown> {
    options = checkOptions('Alert.downloadRawData', options, RAW_DATA);
    const answer = await this.getRawData(options);
    return payloadOf(this.#api, answer, options.signal);
  }

  /**
   * Notifies the alert's channels; resolves to the channels notified. Checks the status first when none is known.
   * @throws {@link AlertInProgressError} while triage runs, {@link AlertNotFoundError} for an unknown alert.
   */
  async notify(options: SignalOption = {}): Promise<string[]> {
    options = checkOptions('Alert.notify', options, SIGNAL_ONLY);
    // Cloud-only: refused before the status check it would otherwise make first.
    this.#api.requireAvailable(OPERATIONS.notifyAlert);
    await this.#requireFinished(options);
    return notifyAlert(this.#api, this.alertId, this.environment, signalOf(options));
  }

  /**
   * Deletes the alert and resolves to the deletion's {@link Operation} (waited for with `waitForCompletion`); learns the
   * environment first when it is not known yet.
   */
  async delete(options: DeleteOptions = {}): Promise<Operation> {
    // The wait's options included: checked before the alert is deleted.
    options = checkOptions('Alert.delete', options, DELETE);
    if (this.environment === undefined) await this.checkStatus(signalOf(options));
    const environment = this.environment;
    if (environment === undefined) throw new InvalidArgumentError(`Alert ${this.alertId} has no known environment to delete it from`);
    const resultUrl = await deleteAlert(this.#api, this.alertId, environment, signalOf(options));
    const operation = new Operation(resultUrl, 'Delete Alert', this.#api);
    if (options.waitForCompletion) {
      await operation.waitForCompletion({ ...(options.timeoutMs !== undefined && { timeoutMs: options.timeoutMs }), ...signalOf(options) });
    }
    return operation;
  }

  /** A plain form for `JSON.stringify`: the fields above (not the raw record, not the client). */
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

export type { AlertInit, FromIdOptions, SendPhishingEmailOptions, SendAlertOptions, RawDataOptions, DeleteOptions };
