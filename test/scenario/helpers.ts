/**
 * Shared wiring of the scenario suite: a simulator with short timings per file or describe,
 * SDK clients pointed at it with fast polls and retries, distinct test emails, a view of what
 * reached the wire since a mark, and the fault table that faults.test.ts prints at the end.
 */
import { createHash, randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { IntezerClient, type IntezerClientOptions } from '../../src/index.js';
import { startSimulator, type RecordedRequest, type Simulator, type SimulatorOptions } from '../../src/simulator/index.js';

/** Short timings: triage 200 ms, analyses 50 ms, delete operations 50 ms. */
export const FAST_SIM: SimulatorOptions = { triageMs: 200, analysisMs: 50, operationMs: 50, seed: 5 };

/** Fast client defaults: 20 ms polls, ~2 ms retry backoff, 5 s per attempt. */
export const FAST_CLIENT: IntezerClientOptions = { pollIntervalMs: 20, retryBaseDelayMs: 2, retryMaxDelayMs: 50, timeoutMs: 5000 };

export interface ScenarioSim {
  readonly sim: Simulator;
  /** A client of the simulator with FAST_CLIENT options (closed after the test). */
  client(options?: IntezerClientOptions): IntezerClient;
  /** The client options pointing at the simulator, for setGlobalApi. */
  clientOptions(options?: IntezerClientOptions): IntezerClientOptions;
}

/**
 * Starts a simulator (port 0) before the enclosing file's or describe's tests and closes it
 * after them; faults and the rate limiter are cleared after each test.
 */
export function useScenarioSim(options: SimulatorOptions = {}): ScenarioSim {
  let sim: Simulator | undefined;
  const clients: IntezerClient[] = [];
  beforeAll(async () => {
    sim = await startSimulator({ ...FAST_SIM, ...options });
  });
  afterEach(async () => {
    for (const c of clients.splice(0)) c.close();
    // A request a test gave up on (timeout, abort) may still reach the simulator a moment
    // later: let it land before the next test injects faults or takes its mark.
    if (sim) await quiet(sim);
    sim?.clearFaults();
    sim?.rateLimit(null);
  });
  afterAll(async () => {
    await sim?.close();
  });
  const handle: ScenarioSim = {
    get sim() {
      if (!sim) throw new Error('the simulator runs only inside the tests');
      return sim;
    },
    clientOptions(extra = {}) {
      return { apiKey: handle.sim.apiKey, baseUrl: handle.sim.baseUrl, ...FAST_CLIENT, ...extra };
    },
    client(extra = {}) {
      const c = new IntezerClient(handle.clientOptions(extra));
      clients.push(c);
      return c;
    },
  };
  return handle;
}

/** Resolves once no request reached the simulator for `ms` (at most `maxMs` in all). */
export async function quiet(sim: Simulator, ms = 50, maxMs = 2000): Promise<void> {
  const deadline = Date.now() + maxMs;
  let seen = sim.count();
  for (;;) {
    await sleep(ms);
    const now = sim.count();
    if (now === seen || Date.now() > deadline) return;
    seen = now;
  }
}

export const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/**
 * A distinct .eml: its subject and body carry `text` (which decides the simulator's verdict:
 * "invoice.exe"/"malware" → confirmed_threat, "phish" → likely_true_positive, "suspicious",
 * "inconclusive", else false_positive) and a unique Message-ID, so no two emails share bytes.
 */
export function email(text: string, extraBody = ''): Buffer {
  const id = randomUUID();
  return Buffer.from(
    [
      'From: Mallory <mallory@attacker.example>',
      'To: alice@corp.example',
      `Subject: ${text}`,
      `Message-ID: <${id}@attacker.example>`,
      'Date: Tue, 28 Apr 2026 10:00:00 +0000',
      '',
      `${text}`,
      extraBody,
      `ref ${id}`,
      '',
    ].join('\r\n'),
  );
}

/** What reached the simulator after a mark (`since(sim)`), by route. */
export interface Wire {
  calls(routeKey?: string): RecordedRequest[];
  /** One label per call of the route: its status, or `reset` / `delayed` / `malformed` for faults that answer none or no valid JSON. */
  labels(routeKey: string): string[];
  /** "route: 429×8, 200×3; route2: …", for the fault table. */
  summary(...routeKeys: string[]): string;
}

export function label(r: RecordedRequest): string {
  if (r.fault === 'fault reset') return 'reset';
  if (r.fault === 'fault delay') return 'delayed';
  if (r.fault === 'fault malformed-json') return 'malformed';
  return r.status === undefined ? 'no answer' : String(r.status);
}

export function since(sim: Simulator): Wire {
  const mark = sim.requests.at(-1)?.seq ?? 0;
  const calls = (routeKey?: string) => sim.requests.filter((r) => r.seq > mark && (routeKey === undefined || r.routeKey === routeKey));
  const labels = (routeKey: string) => calls(routeKey).map(label);
  return {
    calls,
    labels,
    summary(...routeKeys) {
      return routeKeys
        .map((key) => {
          const counts = new Map<string, number>();
          for (const l of labels(key)) counts.set(l, (counts.get(l) ?? 0) + 1);
          const parts = [...counts].map(([l, n]) => `${l}×${n}`).join(', ');
          return `${key}: ${parts || 'none'}`;
        })
        .join('; ');
    },
  };
}

export type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

export async function settle<T>(promise: Promise<T>): Promise<Settled<T>> {
  try {
    return { ok: true, value: await promise };
  } catch (error) {
    return { ok: false, error };
  }
}

/** The error a promise rejects with; fails when it resolves. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  const s = await settle(promise);
  if (s.ok) throw new Error('expected the call to fail, but it succeeded');
  return s.error;
}

export function errorName(err: unknown): string {
  return err instanceof Error ? err.constructor.name : typeof err;
}

/** Runs `fn` over `items` with at most `concurrency` at a time; results in input order. */
export async function mapPool<T, R>(items: readonly T[], concurrency: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const out: R[] = Array.from({ length: items.length });
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return out;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// ---------------------------------------------------------------------------------------
// The fault table: rows are added by the fault scenarios (all loaded by faults.test.ts, so
// one module instance holds them) and printed once from that file's afterAll.

export interface FaultRow {
  fault: string;
  /** `recovered: …` or the typed error class seen by the caller. */
  outcome: string;
  /** What the simulator saw, e.g. "GET /alerts/get-by-id: 429×10, 200×4". */
  wire: string;
}

const faultRows: FaultRow[] = [];

export function recordFault(row: FaultRow): void {
  faultRows.push(row);
}

/**
 * Runs `run` (after the test injected its fault), records the table row from its outcome and
 * the calls of `routes` that reached the simulator meanwhile, and hands both back to assert on.
 */
export async function observe<T>(
  sim: Simulator,
  row: { fault: string; routes: string[]; recovered?: string | ((value: T) => string); note?: (wire: Wire) => string },
  run: () => Promise<T>,
): Promise<{ s: Settled<T>; wire: Wire; ms: number }> {
  const wire = since(sim);
  const started = performance.now();
  const s = await settle(run());
  const ms = performance.now() - started;
  const summary = wire.summary(...row.routes);
  const recovered = typeof row.recovered === 'function' ? (s.ok ? row.recovered(s.value) : '') : (row.recovered ?? 'ok');
  recordFault({ fault: row.fault, outcome: outcomeOf(s, recovered), wire: row.note ? `${summary}; ${row.note(wire)}` : summary });
  return { s, wire, ms };
}

/** `recovered: <what>` when it settled, else the error class. */
export function outcomeOf(s: Settled<unknown>, recovered: string): string {
  return s.ok ? `recovered: ${recovered}` : errorName(s.error);
}

export function formatFaultTable(rows: readonly FaultRow[] = faultRows): string {
  const head: FaultRow = { fault: 'fault', outcome: 'outcome', wire: 'attempts on the wire' };
  const all = [head, ...rows];
  const w = (k: keyof FaultRow) => Math.max(...all.map((r) => r[k].length));
  const line = (r: FaultRow) => `| ${r.fault.padEnd(w('fault'))} | ${r.outcome.padEnd(w('outcome'))} | ${r.wire.padEnd(w('wire'))} |`;
  const rule = `|${'-'.repeat(w('fault') + 2)}|${'-'.repeat(w('outcome') + 2)}|${'-'.repeat(w('wire') + 2)}|`;
  return ['FAULT TABLE (scenario suite)', line(head), rule, ...rows.map(line)].join('\n');
}

export function faultRowCount(): number {
  return faultRows.length;
}
