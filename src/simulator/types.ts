/** Public types of the simulator: its options, its records and its fault knobs. */

export interface SimulatorOptions {
  /** 0 (the default) picks a free port. The server listens on 127.0.0.1 only. */
  port?: number;
  /** The one API key `POST /get-access-token` accepts. Default `sim-api-key`. */
  apiKey?: string;
  /** Lifetime of an access token, in seconds. Default 3600. */
  tokenTtlSec?: number;
  /** How long a newly ingested alert stays `in_progress`. Default 1500 ms. */
  triageMs?: number;
  /** How long an analysis answers 202 after it was created. Default 1000 ms. */
  analysisMs?: number;
  /** How long a delete operation answers 202. Default 500 ms. */
  operationMs?: number;
  /** Finished alerts seeded at start (and on reset). Default 25. */
  seed?: number;
  /** How `GET /alerts/{id}/raw-data` answers an alert that does not choose: see RawDataForm. Default 'inline'. */
  rawData?: RawDataForm;
  /** How long a raw-data download link works, in seconds. Default 300. */
  rawDataLinkTtlSec?: number;
  /**
   * When set, every `/__sim/` control call must carry it (`Authorization: Bearer <token>`).
   * Default: none (the Host, Origin and Content-Type checks apply either way).
   */
  controlToken?: string;
  /** One line per request: `true` prints to stdout, a function receives the lines. Default false. */
  log?: boolean | ((line: string) => void);
}

/** The verdict and what goes with it, as triage decides it. */
export interface TriageOutcome {
  verdict: string;
  familyName: string | null;
  riskCategory: string;
  riskLevel: string;
  threatName: string | null;
}

/** Headers of an ingested email (or the synthesized ones of a seeded phishing alert). */
export interface EmailInfo {
  from?: string;
  to?: string;
  subject?: string;
  messageId?: string;
  reportedBy?: string;
}

export type ScanKind = 'file' | 'url' | 'endpoint';

/** The device an EDR/SIEM alert is about (what the hostname, IP and device filters of history search match). */
export interface DeviceInfo {
  hostname: string;
  osType?: string;
  privateIp?: string;
  externalIp?: string;
  deviceId?: string;
  username?: string;
}

/**
 * The two answers of `GET /alerts/{id}/raw-data`: 'inline' puts the payload under `result`;
 * 'link' answers a pre-signed `result_url` on the simulator's stand-in for blob storage
 * (`/__blob/...`), which serves the payload without a token and refuses a request that
 * carries an Authorization header.
 */
export type RawDataForm = 'inline' | 'link';

/** An `artifact` scan: inline, no analysis behind it. */
export interface ArtifactScan {
  /** `ip`, `domain`, … */
  type: string;
  value: string;
  verdict: string;
  familyName: string | null;
}

/** One alert as the simulator holds it (not the wire `Alert` record: that is rendered from it on each read). */
export interface SimAlert {
  alertId: string;
  environment: string;
  source: string;
  sender: string | null;
  /** Set for an alert of a sub-tenant: only calls naming this tenant_id see it. */
  tenantId?: string;
  /** Creation time, epoch ms (what start_time/end_time filter on by default). */
  createdAt: number;
  /** When triage finishes, epoch ms; Infinity = never. */
  triageDoneAt: number;
  /** The wire status while triage runs. */
  pendingStatus: 'in_progress' | 'queued';
  /** The wire status once triage finished (the live service answers `success`). */
  finishedStatus: string;
  triage: TriageOutcome;
  /** The analysis id of each scan, revealed once triage finished. */
  scans: Record<ScanKind, string>;
  /** Artifact scans shown beside the three above once triage finished. */
  artifacts: ArtifactScan[];
  /** The analyst's note (`note` on the wire). */
  note: string | null;
  email?: EmailInfo;
  /** The device of a non-email alert (an email alert has none). */
  device?: DeviceInfo;
  /** SHA-256 of the ingested email bytes. */
  sha256?: string;
  /** The payload `GET /alerts/{id}/raw-data` answers (under `result`, or behind its link). */
  rawData: unknown;
  /** This alert's raw-data answer; unset: the simulator's current form. */
  rawDataForm?: RawDataForm;
  /** Channels `notify` answers; null = the answer carries no list (`{}`). */
  notifyChannels: string[] | null;
  /** Extra wire fields merged into the alert (unknown fields clients must pass through). */
  extra: Record<string, unknown>;
}

/** What `addAlert` takes: any record field, plus shortcuts. */
export type AlertInit = Partial<SimAlert> & {
  /** Triage never finishes (unless `triageMs` is given). */
  inProgress?: boolean;
  /** Triage finishes this many ms from now. */
  triageMs?: number;
  /** Shortcut for `triage.verdict` (the rest of the outcome follows from it). */
  verdict?: string;
  /** Shortcut for `triage.familyName`. */
  familyName?: string | null;
  /** Decide the verdict from this text, as ingest does from an email. */
  content?: string;
};

export interface SeedOptions {
  environment?: string;
  source?: string;
  tenantId?: string;
}

export type AnalysisState = 'running' | 'succeeded' | 'failed' | 'missing';

export interface AnalysisRecord {
  analysisId: string;
  kind: ScanKind;
  createdAt: number;
  /** Answers 202 before this time (epoch ms). */
  readyAt: number;
  /** A state forced by a test; overrides the timing. */
  forced?: AnalysisState;
  verdict: string;
  subVerdict: string;
  familyName: string | null;
  sha256?: string;
  url?: string;
}

export type Fault =
  /** Answer this status (429 adds Retry-After and X-RateLimit-* headers); the call is not handled. */
  | { kind: 'status'; status: 429 | 500 | 502 | 503 | 504; retryAfterSec?: number }
  /** Destroy the socket without answering: before handling (default) or after it. */
  | { kind: 'reset'; afterHandling?: boolean }
  /** Handle the call, answering `ms` late. */
  | { kind: 'delay'; ms: number }
  /** Handle the call, then answer 200 with the first half of its JSON body. */
  | { kind: 'malformed-json' };

export interface RateLimitOptions {
  perSecond: number;
  /** Retry-After sent; default: the seconds left in the current one-second window, at least 1. */
  retryAfterSec?: number;
}

export interface RecordedPart {
  name: string;
  filename?: string;
  contentType?: string;
  size: number;
  /** The text of a form field (not of the file part). */
  value?: string;
  /** SHA-256 of the file part's bytes. */
  sha256?: string;
}

export interface RecordedRequest {
  seq: number;
  /** Arrival, epoch ms. */
  at: number;
  method: string;
  /** Full path, without the query string. */
  path: string;
  query: string;
  /** "METHOD /spec/path", e.g. "GET /alerts/{alert_id}/raw-data"; the literal path for unknown routes. */
  routeKey: string;
  /** Lower-cased names; Authorization redacted. */
  headers: Record<string, string>;
  /** Parsed JSON body (api_key redacted), or its text when it is not JSON. */
  body?: unknown;
  parts?: RecordedPart[];
  status?: number;
  ms?: number;
  /** The fault or limiter that answered, if any. */
  fault?: string;
}

export interface IngestRecord {
  alertId: string;
  sha256: string;
  fileName: string;
  size: number;
  /** The form fields, by name. */
  fields: Record<string, string>;
  at: number;
}

export interface Simulator {
  /** `http://127.0.0.1:PORT/api/` */
  readonly baseUrl: string;
  /** `baseUrl + 'v2-0'` */
  readonly apiRoot: string;
  readonly apiKey: string;
  readonly port: number;
  close(): Promise<void>;
  /** Fault the next `times` (default 1) calls of a route key ("GET /alerts/get-by-id", …, or "*"). */
  inject(route: string, fault: Fault, times?: number): void;
  clearFaults(): void;
  /** Answer 429 above `perSecond` calls in any one-second window; null turns it off. */
  rateLimit(opts: RateLimitOptions | null): void;
  /** Every token issued so far stops working (401). */
  expireAllTokens(): void;
  /** The raw-data answer of alerts that do not choose their own. */
  setRawDataForm(form: RawDataForm): void;
  seed(n: number, opts?: SeedOptions): SimAlert[];
  addAlert(a: AlertInit): SimAlert;
  /** Every alert held (all environments and tenants). */
  alerts(): SimAlert[];
  /** Back to the start state: alerts, analyses, operations, raw-data links, logs, counters, faults and limiter cleared, the `rawData` form restored, `seed` re-seeded. Issued tokens stay valid. */
  reset(opts?: { seed?: number }): void;
  readonly requests: readonly RecordedRequest[];
  /** Requests received for a route key ("POST /alerts/ingest/binary", …); without one, every request but control calls. */
  count(routeKey?: string): number;
  /** Calls of `POST /get-access-token`, whatever their answer. */
  readonly tokenRequests: number;
  readonly ingests: readonly IngestRecord[];
  /** Alerts created from these email bytes. */
  ingestCount(sha256: string): number;
  /** Force an analysis' state; an unknown id is created (of `kind`, default 'file'). */
  setAnalysis(id: string, state: AnalysisState, kind?: ScanKind): void;
}
