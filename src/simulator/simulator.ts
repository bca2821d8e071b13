/** The programmatic face of the simulator: the knobs tests turn, over the state the server serves. */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { controlHandler } from './control.js';
import { buildAlert } from './factory.js';
import { logSink } from './console-log.js';
import { seedAlerts } from './seed.js';
import { applyUpdate } from './alert-update.js';
import { createSimServer, API_ROOT_PATH } from './server.js';
import { buildContext, configFrom, createState, type SimState } from './sim-state.js';
import type {
  AlertInit,
  AlertUpdate,
  AlertUpdateRecord,
  SimAlert,
  AnalysisState,
  Fault,
  IngestRecord,
  RateLimitOptions,
  RawDataForm,
  RecordedRequest,
  ScanKind,
  SeedOptions,
  Simulator,
  SimulatorOptions,
} from './types.js';

class LocalSimulator implements Simulator {
  readonly baseUrl: string;
  readonly apiRoot: string;

  constructor(
    private readonly state: SimState,
    private readonly server: Server,
    private readonly cancelTimers: () => void,
    readonly port: number,
  ) {
    this.baseUrl = `http://127.0.0.1:${port}/api/`;
    this.apiRoot = `http://127.0.0.1:${port}${API_ROOT_PATH}`;
  }

  get apiKey(): string {
    return this.state.config.apiKey;
  }

  close(): Promise<void> {
    this.cancelTimers();
    return new Promise((resolve, reject) => {
      this.server.close((err) => (err ? reject(err) : resolve()));
      this.server.closeAllConnections();
    });
  }

  inject(route: string, fault: Fault, times = 1): void {
    this.state.faults.inject(route, fault, times);
  }

  clearFaults(): void {
    this.state.faults.clear();
  }

  rateLimit(opts: RateLimitOptions | null): void {
    this.state.limiter.set(opts);
  }

  expireAllTokens(): void {
    this.state.tokens.expireAll();
  }

  setRawDataForm(form: RawDataForm): void {
    this.state.rawDataForm = form;
  }

  seed(n: number, opts: SeedOptions = {}): SimAlert[] {
    const alerts = seedAlerts(n, this.state.seeded, opts, buildContext(this.state, Date.now()));
    this.state.seeded += n;
    return alerts;
  }

  addAlert(a: AlertInit): SimAlert {
    return buildAlert(a, buildContext(this.state, Date.now()));
  }

  alerts(): SimAlert[] {
    return this.state.store.all();
  }

  updateAlert(alertId: string, update: AlertUpdate = {}): SimAlert {
    return applyUpdate(this.state, alertId, update, Date.now());
  }

  updates(): readonly AlertUpdateRecord[] {
    return this.state.clock.log;
  }

  reset(opts: { seed?: number } = {}): void {
    const { store, log, faults, limiter, blobs } = this.state;
    store.clear();
    this.state.clock.clear();
    blobs.clear();
    log.clear();
    faults.clear();
    limiter.set(null);
    this.state.seeded = 0;
    this.state.rawDataForm = this.state.config.rawData;
    this.seed(opts.seed ?? this.state.config.seed);
  }

  get requests(): readonly RecordedRequest[] {
    return this.state.log.entries;
  }

  count(routeKey?: string): number {
    return this.state.log.count(routeKey);
  }

  get tokenRequests(): number {
    return this.state.log.count('POST /get-access-token');
  }

  get ingests(): readonly IngestRecord[] {
    return this.state.store.ingests;
  }

  ingestCount(sha256: string): number {
    return this.state.store.ingestCount(sha256);
  }

  setAnalysis(id: string, state: AnalysisState, kind: ScanKind = 'file'): void {
    const now = Date.now();
    const { analyses } = this.state.store;
    const an = analyses.get(id) ?? {
      analysisId: id,
      kind,
      createdAt: now,
      readyAt: now,
      verdict: 'no_threats',
      subVerdict: 'no_threats',
      familyName: null,
    };
    an.forced = state;
    if (state === 'succeeded') an.readyAt = Math.min(an.readyAt, now);
    analyses.set(id, an);
  }
}

/** Starts a simulator on 127.0.0.1 (a free port unless `port` is given), seeded with `seed` alerts. */
export async function startSimulator(opts: SimulatorOptions = {}): Promise<Simulator> {
  const state = createState(configFrom(opts));
  let sim: LocalSimulator | undefined;
  const control = controlHandler(() => sim!, state);
  const { server, cancelTimers } = createSimServer(state, control, logSink(opts.log));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  state.origin = `http://127.0.0.1:${port}`;
  sim = new LocalSimulator(state, server, cancelTimers, port);
  sim.seed(state.config.seed);
  return sim;
}
