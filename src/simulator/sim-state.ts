/**
 * The simulator's state as one object: its config (the options with their defaults) and the
 * parts a handler may read or change (records, tokens, faults, rate limiter, request log).
 */
import { BlobStorage } from './blob-storage.js';
import { TokenRegistry } from './tokens.js';
import { FaultBook, RateLimiter } from './faults.js';
import { RequestLog } from './request-log.js';
import { RecordStore } from './record-store.js';
import type { BuildContext } from './factory.js';
import type { RawDataForm, SimulatorOptions } from './types.js';

export interface SimConfig {
  apiKey: string;
  tokenTtlSec: number;
  triageMs: number;
  analysisMs: number;
  operationMs: number;
  seed: number;
  rawData: RawDataForm;
  rawDataLinkTtlSec: number;
  /** Control calls must carry it when set (control-guard.ts). */
  controlToken?: string;
}

export interface SimState {
  readonly config: SimConfig;
  readonly store: RecordStore;
  readonly tokens: TokenRegistry;
  readonly faults: FaultBook;
  readonly limiter: RateLimiter;
  readonly log: RequestLog;
  readonly blobs: BlobStorage;
  /** Alerts seeded so far (the next seeded alert's index). */
  seeded: number;
  /** The raw-data answer of alerts that do not choose their own. */
  rawDataForm: RawDataForm;
  /** `http://127.0.0.1:PORT`, once listening: raw-data links are absolute. */
  origin: string;
}

export function configFrom(opts: SimulatorOptions): SimConfig {
  if (opts.controlToken !== undefined && (typeof opts.controlToken !== 'string' || opts.controlToken.trim() === '')) {
    throw new TypeError('controlToken must be a non-empty string');
  }
  return {
    apiKey: opts.apiKey ?? 'sim-api-key',
    tokenTtlSec: opts.tokenTtlSec ?? 3600,
    triageMs: opts.triageMs ?? 1500,
    analysisMs: opts.analysisMs ?? 1000,
    operationMs: opts.operationMs ?? 500,
    seed: opts.seed ?? 25,
    rawData: opts.rawData ?? 'inline',
    rawDataLinkTtlSec: opts.rawDataLinkTtlSec ?? 300,
    ...(opts.controlToken !== undefined && { controlToken: opts.controlToken }),
  };
}

export function createState(config: SimConfig): SimState {
  return {
    config,
    store: new RecordStore(),
    tokens: new TokenRegistry(config.tokenTtlSec),
    faults: new FaultBook(),
    limiter: new RateLimiter(),
    log: new RequestLog(),
    blobs: new BlobStorage(config.rawDataLinkTtlSec),
    seeded: 0,
    rawDataForm: config.rawData,
    origin: '',
  };
}

export function buildContext(state: SimState, now: number): BuildContext {
  return { store: state.store, now, analysisMs: state.config.analysisMs };
}
