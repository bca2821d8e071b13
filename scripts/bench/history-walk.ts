/**
 * One history walk in a process of its own, so its RSS baseline is clean: a short warm-up
 * walk, a GC, then the measured walk (`for await` over queryAlertsHistory, or `all()`),
 * sampling RSS on a timer and every 100 alerts. RSS growth also counts V8 sizing its young
 * generation up (16 to 32 MB, at a moment of its choosing), so the heap still in use after a
 * GC at the end (with what the walk returned still held) is reported too: what is kept.
 * Reports to the parent over IPC.
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { sdk } from './sdk.js';
import { median } from './stats.js';

const { IntezerClient, queryAlertsHistory } = sdk;

/** `for await` at default settings (concurrency 4), the same one page at a time, or `all()`. */
export type WalkMode = 'iterate' | 'oneByOne' | 'all';

export interface WalkResult {
  mode: WalkMode;
  alerts: number;
  ms: number;
  baselineRss: number;
  peakRss: number;
  heapBefore: number;
  heapAfter: number;
}

function walkInChild(origin: string, mode: WalkMode, warmupAlerts: number): Promise<WalkResult> {
  const child = fork(fileURLToPath(import.meta.url), [origin, mode, String(warmupAlerts)], {
    execArgv: ['--import', 'tsx', '--expose-gc'],
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('message', (m) => resolve(m as WalkResult));
    child.once('exit', (code) => reject(new Error(`history walk (${mode}) exited with ${code} before reporting`)));
  });
}

const MB = 1024 * 1024;
const rotate = <T>(xs: T[], by: number) => xs.map((_, i) => xs[(i + by) % xs.length]!);

function summarize(ws: WalkResult[], page: number) {
  return {
    alertsPerSec: median(ws.map((w) => (w.alerts * 1000) / w.ms)),
    msPerPage: median(ws.map((w) => w.ms / (w.alerts / page))),
    rssGrowthMb: median(ws.map((w) => (w.peakRss - w.baselineRss) / MB)),
    maxRssGrowthMb: Math.max(...ws.map((w) => (w.peakRss - w.baselineRss) / MB)),
    heapKeptMb: median(ws.map((w) => (w.heapAfter - w.heapBefore) / MB)),
  };
}

/** `runs` walks of each mode, each in a fresh process, the modes interleaved; their medians. */
export async function walkHistories(origin: string, o: { runs: number; alerts: number; page: number; progress(what: string): void }) {
  const walks: Record<WalkMode, WalkResult[]> = { iterate: [], oneByOne: [], all: [] };
  for (let run = 0; run < o.runs; run++) {
    o.progress(`history: run ${run + 1}/${o.runs}`);
    for (const mode of rotate<WalkMode>(['iterate', 'oneByOne', 'all'], run)) {
      const w = await walkInChild(origin, mode, 20 * o.page);
      if (w.alerts !== o.alerts) throw new Error(`history ${mode} saw ${w.alerts} alerts, expected ${o.alerts}`);
      walks[mode].push(w);
    }
  }
  const history = { iterate: summarize(walks.iterate, o.page), oneByOne: summarize(walks.oneByOne, o.page), all: summarize(walks.all, o.page) };
  return { walks, history };
}

async function main(origin: string, mode: WalkMode, warmupAlerts: number): Promise<WalkResult> {
  const client = new IntezerClient({ apiKey: 'bench-key', baseUrl: `${origin}/api/`, maxRetries: 0 });
  let seen = 0;
  for await (const _ of queryAlertsHistory({ client })) if (++seen >= warmupAlerts) break;
  const gc = () => (globalThis as { gc?: () => void }).gc?.();
  gc();
  const heapBefore = process.memoryUsage().heapUsed;

  const baselineRss = process.memoryUsage.rss();
  let peakRss = baselineRss;
  const sample = () => {
    const rss = process.memoryUsage.rss();
    if (rss > peakRss) peakRss = rss;
  };
  const timer = setInterval(sample, 2);
  const t0 = performance.now();
  let alerts = 0;
  let kept: unknown[] = [];
  if (mode !== 'all') {
    for await (const alert of queryAlertsHistory({ client, ...(mode === 'oneByOne' && { concurrency: 1 }) })) {
      if (alert.alert_id) alerts++;
      if (alerts % 100 === 0) sample();
    }
  } else {
    kept = await queryAlertsHistory({ client }).all();
    sample();
    alerts = kept.length;
  }
  const ms = performance.now() - t0;
  clearInterval(timer);
  sample();
  gc();
  const heapAfter = process.memoryUsage().heapUsed;
  // `kept` is read after the GC, so all()'s array is still held when the heap is measured.
  if (kept.length !== (mode === 'all' ? alerts : 0)) throw new Error('the walk lost alerts');
  client.close();
  return { mode, alerts, ms, baselineRss, peakRss, heapBefore, heapAfter };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [origin, mode, warmup] = process.argv.slice(2);
  const result = await main(origin!, mode as WalkMode, Number(warmup));
  process.send!(result, () => process.exit(0));
}
