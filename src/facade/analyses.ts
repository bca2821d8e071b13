/**
 * The analyses behind an alert's scans: file, URL and endpoint. One base class; the three
 * kinds differ only in the call that reads them (the HTTP status tells: 200 finished,
 * 202 running, 404 no such analysis).
 */
import type { IntezerClient } from '../client/client.js';
import { getAnalysis, type AnalysisKind } from '../client/endpoints.js';
import { ServerError } from '../client/errors.js';
import { currentGlobalApi, resolveClient } from '../client/global.js';
import { analysisFailed, analysisStillRunning } from '../client/error-factory.js';
import { SIGNAL_ONLY, type SignalOption } from './alert-options.js';
import { CALL, checkOptions, WAITING, WITH_CLIENT, type OptionSpec } from './call-options.js';
import { requirePathId } from './checks.js';
import { AnalysisStatusCode } from './values.js';
import { pollUntil, type WaitOptions } from './wait.js';

/** An analysis's report as the service sent it (wire names: `analysis_id`, `verdict`, `sub_verdict`, `analysis_time`, …). */
export type AnalysisReport = Record<string, unknown>;

/** The options of `fromAnalysisId`. */
export interface AnalysisLoadOptions extends SignalOption {
  /** The client the analysis uses for its whole life; default: the global one ({@link setGlobalApi}). */
  client?: IntezerClient;
}

const LOAD: OptionSpec<AnalysisLoadOptions> = { ...CALL, ...WITH_CLIENT };

const RUNNING: Record<string, AnalysisStatusCode> = {
  created: AnalysisStatusCode.CREATED,
  queued: AnalysisStatusCode.QUEUED,
  in_progress: AnalysisStatusCode.IN_PROGRESS,
};

/** RFC 1123 dates of the reports ("Sun, 04 Aug 2019 09:38:16 GMT") as Date, or undefined. */
function parseReportDate(v: unknown): Date | undefined {
  if (typeof v !== 'string') return undefined;
  const d = new Date(v);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

/** What the three kinds of analysis share: id, status, verdict, report, status checks and waits. */
abstract class ScanAnalysis {
  protected abstract readonly kind: AnalysisKind;
  /** The analysis's id. */
  readonly analysisId: string;
  /** The status as last read: `created`, `queued` or `in_progress` while running, then `finished` or `failed`. */
  status: AnalysisStatusCode = AnalysisStatusCode.CREATED;
  #report: AnalysisReport | undefined;
  /** Bound when made (the given client, else the global one then), so setGlobalApi() later never redirects it. */
  #client: IntezerClient | undefined;

  protected constructor(analysisId: string, client?: IntezerClient) {
    this.analysisId = requirePathId('analysisId', analysisId);
    this.#client = client ?? currentGlobalApi();
  }

  get #api(): IntezerClient {
    return (this.#client ??= resolveClient());
  }

  /** The verdict of a finished analysis. */
  verdict?: string;

  /** The report; throws AnalysisStillRunningError while running, AnalysisFailedError if it failed. */
  result(): AnalysisReport {
    if (this.status === AnalysisStatusCode.FAILED) throw analysisFailed(this.analysisId);
    if (this.status !== AnalysisStatusCode.FINISHED || !this.#report) throw analysisStillRunning(this.analysisId);
    return this.#report;
  }

  /** The report as received (undefined until finished). */
  protected get report(): AnalysisReport | undefined {
    return this.#report;
  }

  /**
   * Reads the analysis once. A 404 throws ServerError (status 404). A first read keeps the
   * running status the service names (created, queued, in_progress); a status check reads any
   * 202 as in_progress, as the official Python SDK does (docs/behaviour.md).
   */
  protected async refresh(signal?: AbortSignal, statusCheck = true): Promise<AnalysisStatusCode> {
    const answer = await getAnalysis(this.#api, this.kind, this.analysisId, signal ? { signal } : {});
    const body = answer.data as { status: string; result?: AnalysisReport };
    if (answer.status === 200) {
      // Validated against the spec: a 200 reads exactly "succeeded" (with a report) or "failed".
      if (body.status === 'succeeded') {
        this.#report = body.result;
        const v = body.result?.verdict;
        this.verdict = typeof v === 'string' ? v : undefined;
        this.status = AnalysisStatusCode.FINISHED;
      } else this.status = AnalysisStatusCode.FAILED;
    } else {
      this.status = statusCheck ? AnalysisStatusCode.IN_PROGRESS : (RUNNING[body.status] ?? AnalysisStatusCode.IN_PROGRESS);
    }
    return this.status;
  }

  /** Whether the analysis is neither finished nor failed. */
  isRunning(): boolean {
    return this.status !== AnalysisStatusCode.FINISHED && this.status !== AnalysisStatusCode.FAILED;
  }

  /** Refreshes the status; an analysis that vanished is a ServerError with status 404. */
  async checkStatus(options: SignalOption = {}): Promise<AnalysisStatusCode> {
    const { signal } = checkOptions(`${this.constructor.name}.checkStatus`, options, SIGNAL_ONLY);
    return this.refresh(signal);
  }

  /** Polls until finished or failed (then `result()` throws AnalysisFailedError). */
  async waitForCompletion(options: WaitOptions = {}): Promise<void> {
    options = checkOptions(`${this.constructor.name}.waitForCompletion`, options, WAITING);
    if (!this.isRunning()) return;
    await pollUntil(
      `analysis ${this.analysisId}`,
      async (signal) => {
        await this.refresh(signal);
        return !this.isRunning();
      },
      { ...options, client: this.#api },
    );
  }

  /** @internal The analysis read once, or null when the service has no such analysis (404). */
  protected static async load<T extends ScanAnalysis>(
    kind: string,
    make: (client: IntezerClient | undefined) => T,
    options: AnalysisLoadOptions | undefined,
  ): Promise<T | null> {
    const { client, signal } = checkOptions(`${kind}.fromAnalysisId`, options, LOAD);
    const instance = make(client);
    try {
      await instance.refresh(signal, false);
      return instance;
    } catch (err) {
      if (err instanceof ServerError && err.status === 404) return null;
      throw err;
    }
  }

  /** A plain form for `JSON.stringify`: kind, id, status, verdict and report (not the client). */
  toJSON(): Record<string, unknown> {
    return { kind: this.kind, analysisId: this.analysisId, status: this.status, verdict: this.verdict, report: this.#report };
  }
}

/** The analysis of a file behind a `file` scan (`GET /analyses/{analysis_id}`). */
export class FileAnalysis extends ScanAnalysis {
  /** Which kind of analysis this is. */
  protected readonly kind = 'file';
  private constructor(analysisId: string, client?: IntezerClient) {
    super(analysisId, client);
  }

  /** The analysis read once, or null when there is no such analysis (404). */
  static async fromAnalysisId(analysisId: string, options: AnalysisLoadOptions = {}): Promise<FileAnalysis | null> {
    return ScanAnalysis.load('FileAnalysis', (client) => new FileAnalysis(analysisId, client), options);
  }

  /** When the file was analysed (the report's `analysis_time`); undefined until finished. */
  get analysisTime(): Date | undefined {
    return parseReportDate(this.report?.analysis_time);
  }
}

/** The analysis of a URL behind a `url` scan (`GET /url/{analysis_id}`). */
export class UrlAnalysis extends ScanAnalysis {
  /** Which kind of analysis this is. */
  protected readonly kind = 'url';
  private constructor(analysisId: string, client?: IntezerClient) {
    super(analysisId, client);
  }

  /** The analysis read once, or null when there is no such analysis (404). */
  static async fromAnalysisId(analysisId: string, options: AnalysisLoadOptions = {}): Promise<UrlAnalysis | null> {
    return ScanAnalysis.load('UrlAnalysis', (client) => new UrlAnalysis(analysisId, client), options);
  }

  /** The URL that was analysed (the report's `submitted_url`); undefined until finished. */
  get submittedUrl(): string | undefined {
    const v = this.report?.submitted_url;
    return typeof v === 'string' ? v : undefined;
  }
}

/** The analysis of an endpoint behind an `endpoint` scan (`GET /endpoint-analyses/{analysis_id}`). */
export class EndpointAnalysis extends ScanAnalysis {
  /** Which kind of analysis this is. */
  protected readonly kind = 'endpoint';
  private constructor(analysisId: string, client?: IntezerClient) {
    super(analysisId, client);
  }

  /** The analysis read once, or null when there is no such analysis (404). */
  static async fromAnalysisId(analysisId: string, options: AnalysisLoadOptions = {}): Promise<EndpointAnalysis | null> {
    return ScanAnalysis.load('EndpointAnalysis', (client) => new EndpointAnalysis(analysisId, client), options);
  }

  /** When the endpoint scan started (the report's `scan_start_time`); undefined until finished. */
  get scanStartTime(): Date | undefined {
    return parseReportDate(this.report?.scan_start_time);
  }

  /** When the endpoint scan ended (the report's `scan_end_time`); undefined until finished. */
  get scanEndTime(): Date | undefined {
    return parseReportDate(this.report?.scan_end_time);
  }
}

/** The analysis behind one of an alert's scans, as {@link Alert.fetchScans} loads it. */
export type Scan = FileAnalysis | UrlAnalysis | EndpointAnalysis;

/** The class for each scan_type the SDK knows; other types are passed over. */
export const ANALYSIS_BY_SCAN_TYPE = {
  file: { field: 'file_analysis', load: FileAnalysis.fromAnalysisId },
  url: { field: 'url_analysis', load: UrlAnalysis.fromAnalysisId },
  endpoint: { field: 'endpoint_analysis', load: EndpointAnalysis.fromAnalysisId },
} as const;
