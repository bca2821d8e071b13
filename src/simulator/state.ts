/** Everything a handler may read or change, in one place. */
import { TokenBook } from './auth.js';
import { FaultBook, RateLimiter } from './faults.js';
import { RequestLog } from './request-log.js';
import { Store } from './store.js';
import type { BuildContext } from './factory.js';
import type { SimulatorOptions } from './types.js';

export interface SimConfig {
  apiKey: string;
  tokenTtlSec: number;
  triageMs: number;
  analysisMs: number;
  operationMs: number;
  seed: number;
}

export interface SimState {
  readonly config: SimConfig;
  readonly store: Store;
  readonly tokens: TokenBook;
  readonly faults: FaultBook;
  readonly limiter: RateLimiter;
  readonly log: RequestLog;
  /** Alerts seeded so far (the next seeded alert's index). */
  seeded: number;
}

export function configFrom(opts: SimulatorOptions): SimConfig {
  return {
    apiKey: opts.apiKey ?? 'sim-api-key',
    tokenTtlSec: opts.tokenTtlSec ?? 3600,
    triageMs: opts.triageMs ?? 1500,
    analysisMs: opts.analysisMs ?? 1000,
    operationMs: opts.operationMs ?? 500,
    seed: opts.seed ?? 25,
  };
}

export function createState(config: SimConfig): SimState {
  return {
    config,
    store: new Store(),
    tokens: new TokenBook(config.tokenTtlSec),
    faults: new FaultBook(),
    limiter: new RateLimiter(),
    log: new RequestLog(),
    seeded: 0,
  };
}

export function buildContext(state: SimState, now: number): BuildContext {
  return { store: state.store, now, analysisMs: state.config.analysisMs };
}
