/** Public types of the simulator: its options, its records and its fault knobs. */

/** The options of `startSimulator()`; every one has a default. */
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
  /** Fraction digits of `alert_update_time`: 0 (whole seconds, as the wire's examples; alerts updated within a second share a time), 3 or 6. Default 0. */
  updateTimeDigits?: 0 | 3 | 6;
  /** One line per request: `true` prints to stdout, a function receives the lines. Default false. */
  log?: boolean | ((line: string) => void);
}

/** The verdict and what goes with it, as triage decides it. */
export interface TriageOutcome {
  /** The alert's verdict (`triage_result.alert_verdict`). */
  verdict: string;
  /** The malware family, or null. */
  familyName: string | null;
  /** `triage_result.risk_category`. */
  riskCategory: string;
  /** `triage_result.risk_level`. */
  riskLevel: string;
  /** `triage_result.threat_name`, or null. */
  threatName: string | null;
}

/** Headers of an ingested email (or the synthesized ones of a seeded phishing alert). */
export interface EmailInfo {
  /** The From address. */
  from?: string;
  /** The To address. */
  to?: string;
  /** The Subject. */
  subject?: string;
  /** The Message-ID. */
  messageId?: string;
  /** Who reported the email. */
  reportedBy?: string;
}

/** The kinds of scan that name an analysis to fetch. */
export type ScanKind = 'file' | 'url' | 'endpoint';

/** The device an EDR/SIEM alert is about (what the hostname, IP and device filters of history search match). */
export interface DeviceInfo {
  /** The device's host name. */
  hostname: string;
  /** Its operating system (`alert.device.os_type`). */
  osType?: string;
  /** Its private IP address. */
  privateIp?: string;
  /** Its external IP address. */
  externalIp?: string;
  /** Its id at the source. */
  deviceId?: string;
  /** The user the alert involves. */
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
  /** The artifact itself (the IP address, the domain, …). */
  value: string;
  /** The artifact's verdict. */
  verdict: string;
  /** The malware family tied to the artifact, or null. */
  familyName: string | null;
}

/** One alert as the simulator holds it (not the wire `Alert` record: that is rendered from it on each read). */
export interface SimAlert {
  /** The alert's id. */
  alertId: string;
  /** The environment the alert is filed under. */
  environment: string;
  /** The source product's id (`s1`, `cs`, `phishing_emails`, …). */
  source: string;
  /** Who sent the alert in, or null. */
  sender: string | null;
  /** Set for an alert of a sub-tenant: only calls naming this tenant_id see it. */
  tenantId?: string;
  /** Creation time, epoch ms (what start_time/end_time filter on by default). */
  createdAt: number;
  /** When triage finishes, epoch ms; Infinity = never. */
  triageDoneAt: number;
  /** `alert_update_time` (epoch ms, at the precision shown), once triage finished: moved by every update. */
  updatedAt?: number;
  /** The wire status while triage runs. */
  pendingStatus: 'in_progress' | 'queued';
  /** The wire status once triage finished (the live service answers `success`). */
  finishedStatus: string;
  /** The triage's outcome, shown once triage finished. */
  triage: TriageOutcome;
  /** The analysis id of each scan, revealed once triage finished. */
  scans: Record<ScanKind, string>;
  /** Artifact scans shown beside the three above once triage finished. */
  artifacts: ArtifactScan[];
  /** The analyst's note (`note` on the wire). */
  note: string | null;
  /** The email's headers, for a phishing alert. */
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

/** What an update of a finished alert changes (each field optional); any update moves its `alert_update_time`. */
export interface AlertUpdate {
  /** Which of the alerts with this id (when several environments hold it). */
  environment?: string;
  /** The tenant of the alert, for an alert of a sub-tenant. */
  tenantId?: string;
  /** A new triage verdict (the rest of the outcome follows from it, as for `addAlert`). */
  verdict?: string;
  /** A new malware family, or null for none. */
  familyName?: string | null;
  /** A new note, or null for none. */
  note?: string | null;
}

/** One state of an alert in the simulator's update log. */
export interface AlertUpdateRecord {
  /** The alert's id. */
  alertId: string;
  /** The alert's environment. */
  environment: string;
  /** The alert's tenant, for an alert of a sub-tenant. */
  tenantId?: string;
  /** The `alert_update_time` this state carries on the wire. */
  alertUpdateTime: string;
  /** When it was stamped (epoch ms). */
  at: number;
}

/** The options of `seed()`: what every seeded alert shares (by default they vary). */
export interface SeedOptions {
  /** The environment of every seeded alert. */
  environment?: string;
  /** The source of every seeded alert. */
  source?: string;
  /** Seed alerts of this sub-tenant. */
  tenantId?: string;
}

/** A state `setAnalysis()` forces on an analysis: running (202), succeeded, failed, or missing (404). */
export type AnalysisState = 'running' | 'succeeded' | 'failed' | 'missing';

/** One analysis behind a scan, as the simulator holds it. */
export interface AnalysisRecord {
  /** The analysis's id. */
  analysisId: string;
  /** Which kind of analysis (file, URL or endpoint). */
  kind: ScanKind;
  /** When it was created, epoch ms. */
  createdAt: number;
  /** Answers 202 before this time (epoch ms). */
  readyAt: number;
  /** A state forced by a test; overrides the timing. */
  forced?: AnalysisState;
  /** The report's `verdict`. */
  verdict: string;
  /** The report's `sub_verdict`. */
  subVerdict: string;
  /** The malware family, or null. */
  familyName: string | null;
  /** The analysed file's SHA-256. */
  sha256?: string;
  /** The analysed URL (the report's `submitted_url`). */
  url?: string;
}

/** A misbehaviour injected into the next calls of a route (`inject()`). */
export type Fault =
  /** Answer this status (429 adds Retry-After and X-RateLimit-* headers); the call is not handled. */
  | {
      /** Answer a status. */
      kind: 'status';
      /** The status answered. */
      status: 429 | 500 | 502 | 503 | 504;
      /** Retry-After to send, in seconds (a 429 sends 1 without it). */
      retryAfterSec?: number;
    }
  /** Destroy the socket without answering: before handling (default) or after it. */
  | {
      /** Reset the connection. */
      kind: 'reset';
      /** Handle the call first (its effect happens, its answer is lost). */
      afterHandling?: boolean;
    }
  /** Handle the call, answering `ms` late. */
  | {
      /** Answer late. */
      kind: 'delay';
      /** How late, in ms. */
      ms: number;
    }
  /** Handle the call, then answer 200 with the first half of its JSON body. */
  | {
      /** Answer half a JSON body. */
      kind: 'malformed-json';
    };

/** The options of `rateLimit()`. */
export interface RateLimitOptions {
  /** Calls allowed in any one-second window; more answer 429. */
  perSecond: number;
  /** Retry-After sent; default: the seconds left in the current one-second window, at least 1. */
  retryAfterSec?: number;
}

/** One part of a recorded multipart request. */
export interface RecordedPart {
  /** The part's field name. */
  name: string;
  /** The part's file name, when it has one. */
  filename?: string;
  /** The part's Content-Type, when it has one. */
  contentType?: string;
  /** The part's size, in bytes. */
  size: number;
  /** The text of a form field (not of the file part). */
  value?: string;
  /** SHA-256 of the file part's bytes. */
  sha256?: string;
}

/** One request the simulator received, as its request log keeps it (the newest 10,000). */
export interface RecordedRequest {
  /** Its number, from 1 in order of arrival. */
  seq: number;
  /** Arrival, epoch ms. */
  at: number;
  /** The HTTP method. */
  method: string;
  /** Full path, without the query string. */
  path: string;
  /** The query string, `?` included (empty when none). */
  query: string;
  /** "METHOD /spec/path", e.g. "GET /alerts/{alert_id}/raw-data"; the literal path for unknown routes. */
  routeKey: string;
  /** Lower-cased names; Authorization redacted. */
  headers: Record<string, string>;
  /** Parsed JSON body (api_key redacted), or its text when it is not JSON. */
  body?: unknown;
  /** The parts of a multipart body. */
  parts?: RecordedPart[];
  /** The HTTP status answered (unset when the socket was reset instead). */
  status?: number;
  /** How long the request took to answer (or to reset), in ms. */
  ms?: number;
  /** The fault or limiter that answered, if any. */
  fault?: string;
}

/** One email ingested through `POST /alerts/ingest/binary`. */
export interface IngestRecord {
  /** The id of the alert it made. */
  alertId: string;
  /** SHA-256 of the email's bytes. */
  sha256: string;
  /** The file part's file name, as sent. */
  fileName: string;
  /** The email's size, in bytes. */
  size: number;
  /** The form fields, by name. */
  fields: Record<string, string>;
  /** When it was ingested, epoch ms. */
  at: number;
}

/** A running simulator, as `startSimulator()` resolves it: its address and key, and the knobs tests turn. */
export interface Simulator {
  /** `http://127.0.0.1:PORT/api/` */
  readonly baseUrl: string;
  /** `baseUrl + 'v2-0'` */
  readonly apiRoot: string;
  /** The API key it accepts. */
  readonly apiKey: string;
  /** The port it listens on (127.0.0.1). */
  readonly port: number;
  /** Stops the server and its timers, closing every connection. */
  close(): Promise<void>;
  /** Fault the next `times` (default 1) calls of a route key ("GET /alerts/get-by-id", …, or "*"). */
  inject(route: string, fault: Fault, times?: number): void;
  /** Drops every injected fault not used yet. */
  clearFaults(): void;
  /** Answer 429 above `perSecond` calls in any one-second window; null turns it off. */
  rateLimit(opts: RateLimitOptions | null): void;
  /** Every token issued so far stops working (401). */
  expireAllTokens(): void;
  /** The raw-data answer of alerts that do not choose their own. */
  setRawDataForm(form: RawDataForm): void;
  /** Adds `n` finished alerts (ids and verdicts follow from their serial number); returns them. */
  seed(n: number, opts?: SeedOptions): SimAlert[];
  /** Adds one alert built from `a` (defaults fill the rest); returns it. */
  addAlert(a: AlertInit): SimAlert;
  /** Every alert held (all environments and tenants). */
  alerts(): SimAlert[];
  /**
   * Updates a finished alert as the service would when its triage or response changes: its
   * `alert_update_time` moves to now (it goes to the end of a search by update time). Throws
   * when no finished alert matches.
   */
  updateAlert(alertId: string, update?: AlertUpdate): SimAlert;
  /** Every state every alert has had since the start (or the last reset), in the order stamped: the truth a follower is checked against. */
  updates(): readonly AlertUpdateRecord[];
  /** Back to the start state: alerts, analyses, operations, raw-data links, logs, counters, faults and limiter cleared, the `rawData` form restored, `seed` re-seeded. Issued tokens stay valid. */
  reset(opts?: { seed?: number }): void;
  /** The request log (the newest 10,000 requests; control calls not included). */
  readonly requests: readonly RecordedRequest[];
  /** Requests received for a route key ("POST /alerts/ingest/binary", …); without one, every request but control calls. */
  count(routeKey?: string): number;
  /** Calls of `POST /get-access-token`, whatever their answer. */
  readonly tokenRequests: number;
  /** Every email ingested, in order. */
  readonly ingests: readonly IngestRecord[];
  /** Alerts created from these email bytes. */
  ingestCount(sha256: string): number;
  /** Force an analysis' state; an unknown id is created (of `kind`, default 'file'). */
  setAnalysis(id: string, state: AnalysisState, kind?: ScanKind): void;
}
