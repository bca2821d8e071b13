/**
 * `npm run bench [-- --quick]`: the SDK against a canned local server (scripts/bench/server.ts,
 * a child process), side by side with raw clients, in one run. Prints a table, writes
 * bench/results.json, and exits 1 when a target is missed (a gate; not part of `npm test`).
 *
 *  1. per call: sequential Alert.fromId vs the same GET-with-body over raw node:http (the floor),
 *     raw undici.request and raw fetch (POST: fetch refuses GET bodies). Target facade/raw
 *     ≤ 1.35: the design's own floor (openapi-fetch + zod) is 1.22–1.35 × raw. Then the same
 *     call through each layer of the SDK (bench/layers.ts): where the time goes.
 *  2. bulk: the same calls from 16 concurrent workers vs sequential (throughput ratio).
 *  3. history: walking every page with `for await` (default settings, and one page at a time)
 *     vs `all()`, each walk in a fresh process: alerts/s and peak RSS growth. Targets for
 *     `for await`: growth < 64 MB at default settings, < 30 MB one page at a time.
 *  4. scans: alert.fetchScans() of 3 scans, 100 ms server latency each: wall / latency ≤ 1.5.
 *  5. validation: validateResponse's share of a call and of a history page; schemas compiled once.
 *  6. link model (bench/link-bench.ts): the server 20 ms away over a shared 50 Mbit/s link,
 *     gzip when asked: a 5,000-alert walk at default settings ≥ 3 × faster than one page after
 *     another uncompressed; 40 emails 8 in flight ≥ 6.5 × faster than one at a time; client
 *     CPU per fromId against raw node:http's.
 *
 * Every figure is the median of at least 5 runs; the runs of the variants compared are
 * interleaved (in shuffled order), and ratios are medians of per-block ratios, so machine
 * noise hits the variants alike.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { z } from 'zod';
import { responseSchemas } from '../generated/schemas.js';
import { ALERT_ID, historyPager, loadFixtures } from './bench/fixtures.js';
import { walkHistories } from './bench/history-walk.js';
import { interleaved, paired, roundTotals, type GroupTimes, type Kind } from './bench/groups.js';
import { layers } from './bench/layers.js';
import { linkRows, runLinkBench } from './bench/link-bench.js';
import { rawFetch, rawNodeHttp, rawUndici, type GetAlert } from './bench/raw.js';
import { sdk, validation as validationModule } from './bench/sdk.js';
import { startServerProcess } from './bench/server.js';
import { concurrent, loop, median, printTable, sequential } from './bench/stats.js';

// The SDK as built for users (dist/esm), not its sources through tsx: see bench/sdk.ts.
const { Alert, IntezerClient } = sdk;
const { validateResponse } = validationModule;

const quick = process.argv.includes('--quick');
const CONFIG = quick
  ? { calls: 300, warmupCalls: 300, gateRounds: 5, rounds: 5, workers: 16, historyAlerts: 10_000, historyRuns: 5, scanRuns: 5 }
  : { calls: 2000, warmupCalls: 1000, gateRounds: 9, rounds: 5, workers: 16, historyAlerts: 100_000, historyRuns: 5, scanRuns: 5 };
const PAGE = 100;
const ANALYSIS_LATENCY_MS = 100;
// History: one page at a time stays under 30 MB of RSS growth; at default settings (up to 4
// pages held) more is alive at each young-generation GC, and V8 sizes that generation up:
// some 45 MB here, nothing of it kept after a GC.
const TARGETS = { facadeOverRaw: 1.35, historyGrowthMb: 30, historyDefaultGrowthMb: 64, scansOverLatency: 1.5, compiledOnceFactor: 5 };

const fmt = (x: number, digits = 1) => x.toFixed(digits);
const perCallUs = (ms: number, n: number) => (ms * 1000) / n;

const started = performance.now();
const loadAtStart = os.loadavg()[0]!;
const fixtures = loadFixtures();
const GET_BY_ID = 'GET /alerts/get-by-id';
const SEARCH = 'POST /alerts/search';

// The very first validation in this process, before anything else warmed zod up.
const firstValidateUs = loop(1, () => validateResponse(GET_BY_ID, 200, fixtures.finishedAlert)) * 1000;

const server = await startServerProcess({ analysisLatencyMs: ANALYSIS_LATENCY_MS, historyTotal: CONFIG.historyAlerts });
const token = 'bench-access-token';
const client = new IntezerClient({ apiKey: 'bench-key', baseUrl: `${server.origin}/api/`, maxRetries: 0 });
const nodeHttp = rawNodeHttp(server.origin, token);
const undici = rawUndici(server.origin, token);
const fetchRaw = rawFetch(server.origin, token);
const layer = layers(server.origin, token, ALERT_ID, client);

const facadeCall = () => Alert.fromId(ALERT_ID, { client });
const variants = {
  facade: (n) => sequential(n, facadeCall),
  raw: (n) => sequential(n, () => nodeHttp.get(ALERT_ID)),
  undici: (n) => sequential(n, () => undici.get(ALERT_ID)),
  fetch: (n) => sequential(n, () => fetchRaw.get(ALERT_ID)),
  facadeConcurrent: (n) => concurrent(n, CONFIG.workers, facadeCall),
  rawConcurrent: (n) => concurrent(n, CONFIG.workers, () => nodeHttp.get(ALERT_ID)),
  transport: (n) => sequential(n, layer.calls.transport),
  openapiFetch: (n) => sequential(n, layer.calls.openapiFetch),
  designFloor: (n) => sequential(n, layer.calls.designFloor),
  endpoint: (n) => sequential(n, layer.calls.endpoint),
} satisfies Record<string, (n: number) => Promise<number>>;
type Variant = keyof typeof variants;
/** Group 1b: the same call through each layer of the SDK (bench/layers.ts), with its label. */
const LAYERS = [
  ['raw', 'raw node:http (floor)'],
  ['transport', '+ SDK transport (node:http, timeout, light response)'],
  ['openapiFetch', '+ openapi-fetch (typed call, light Request)'],
  ['designFloor', '+ zod validation = the design floor (both fixed)'],
  ['endpoint', 'SDK endpoint (token, retries, errors, validation)'],
  ['facade', 'Alert.fromId (facade)'],
] as const satisfies readonly (readonly [Variant, string])[];
type Layer = (typeof LAYERS)[number][0];

// Sanity: every path answers what the facade expects before anything is timed.
const probe = await Alert.fromId(ALERT_ID, { client });
if (probe.status !== 'finished' || probe.scans.length !== 0) throw new Error('bench server answered an unexpected alert');
for (const get of [nodeHttp.get, undici.get, fetchRaw.get, layer.calls.transport, layer.calls.designFloor, layer.calls.endpoint] satisfies GetAlert[]) {
  const body = (await get(ALERT_ID)) as { result?: { alert_id?: string } };
  if (body.result?.alert_id !== ALERT_ID) throw new Error('raw client got an unexpected body');
}

const progress = (what: string) => console.error(`bench (${quick ? 'quick' : 'full'}, ${fmt((performance.now() - started) / 1000)} s): ${what}`);
progress('warming up');
for (const run of Object.values(variants)) await run(CONFIG.warmupCalls);

// 1 + 2: per call and bulk, in interleaved groups (bench/groups.ts), each ratio paired within
// its group: the facade against raw node:http (the gated figure); the SDK's layers; raw
// node:http against undici and fetch; the facade sequential against 16 workers. Keeping
// fetch (whose garbage V8 collects on whoever allocates next) out of the facade's group
// keeps that cost with fetch.
const group = (label: string, names: Variant[], rounds: number, block: number) =>
  interleaved(variants, names, { calls: CONFIG.calls, rounds, block, onRound: (r) => progress(`${label}: round ${r + 1}/${rounds}`) });
const groups = {
  // Blocks of 250: smaller ones pair more tightly against drift in the machine's speed, but
  // each variant then evicts the other's code from the caches (blocks of 20 read ~0.1 higher).
  perCall: await group('per call', ['facade', 'raw'], CONFIG.gateRounds, 250),
  // Where the time goes: the same call through each layer of the SDK (scripts/bench/layers.ts).
  layers: await group(
    'layers',
    LAYERS.map(([v]) => v),
    CONFIG.rounds,
    250,
  ),
  clients: await group('raw clients', ['raw', 'undici', 'fetch'], CONFIG.rounds, 100),
  bulk: await group('bulk', ['facade', 'facadeConcurrent', 'rawConcurrent'], CONFIG.rounds, 250),
};
const us = (g: GroupTimes<Variant>, v: Variant, kind: Kind = 'wall') => perCallUs(median(roundTotals(g, v, kind)), CONFIG.calls);
const perCall = {
  facadeUs: us(groups.perCall, 'facade'),
  rawUs: us(groups.perCall, 'raw'),
  facadeCpuUs: us(groups.perCall, 'facade', 'cpu'),
  rawCpuUs: us(groups.perCall, 'raw', 'cpu'),
  facadeOverRaw: paired(groups.perCall, 'facade', 'raw'),
  facadeCpuOverRawCpu: paired(groups.perCall, 'facade', 'raw', 'cpu'),
  rawInClientsUs: us(groups.clients, 'raw'),
  undiciUs: us(groups.clients, 'undici'),
  fetchUs: us(groups.clients, 'fetch'),
  undiciOverRaw: paired(groups.clients, 'undici', 'raw'),
  layers: Object.fromEntries(
    LAYERS.map(([v]) => [
      v,
      {
        us: us(groups.layers, v),
        cpuUs: us(groups.layers, v, 'cpu'),
        overRaw: paired(groups.layers, v, 'raw'),
        cpuOverRaw: paired(groups.layers, v, 'raw', 'cpu'),
      },
    ]),
  ) as Record<Layer, { us: number; cpuUs: number; overRaw: number; cpuOverRaw: number }>,
  fetchOverRaw: paired(groups.clients, 'fetch', 'raw'),
};
const throughput = (v: Variant) => (CONFIG.calls * 1000) / median(roundTotals(groups.bulk, v));
const bulk = {
  sequentialPerSec: throughput('facade'),
  concurrentPerSec: throughput('facadeConcurrent'),
  rawConcurrentPerSec: throughput('rawConcurrent'),
  concurrentOverSequential: paired(groups.bulk, 'facade', 'facadeConcurrent'),
  facadeConcurrentOverRawConcurrent: paired(groups.bulk, 'facadeConcurrent', 'rawConcurrent'),
};

progress('scans');
// 4: scans, three analyses fetched at once, each answered after the server's latency.
const alert = await Alert.fromId(ALERT_ID, { client });
await alert.fetchScans();
if (alert.scans.length !== 3) throw new Error(`expected 3 scans, got ${alert.scans.length}`);
const scanMs: number[] = [];
for (let i = 0; i < CONFIG.scanRuns; i++) {
  const t0 = performance.now();
  await alert.fetchScans();
  scanMs.push(performance.now() - t0);
}
const scans = { medianMs: median(scanMs), overLatency: median(scanMs) / ANALYSIS_LATENCY_MS };

progress('validation');
// 5: validation, timed alone on the same bodies.
const pageBody = JSON.parse(historyPager(fixtures.finishedAlert, PAGE)(0, PAGE)) as unknown;
const validateUs = (op: string, body: unknown, n: number) =>
  median(
    Array.from({ length: 5 }, () =>
      perCallUs(
        loop(n, () => validateResponse(op, 200, body)),
        n,
      ),
    ),
  );
validateUs(GET_BY_ID, fixtures.finishedAlert, 2000);
validateUs(SEARCH, pageBody, 50);
const alertSchema = responseSchemas[GET_BY_ID][200] as unknown as Parameters<typeof z.fromJSONSchema>[0];
const validation = {
  firstCallUs: firstValidateUs,
  perCallUs: validateUs(GET_BY_ID, fixtures.finishedAlert, 20_000),
  compileUs: median(Array.from({ length: 5 }, () => loop(1, () => z.fromJSONSchema(alertSchema)) * 1000)),
  pageUs: validateUs(SEARCH, pageBody, 200),
  shareOfCall: 0,
  /** In the call loop, where caches are cold: the design floor's time over openapi-fetch's (group 1b). */
  inLoopUs: 0,
  inLoopShareOfCall: 0,
  shareOfPage: 0,
};
validation.shareOfCall = validation.perCallUs / perCall.facadeUs;
validation.inLoopUs = perCall.layers.designFloor.us - perCall.layers.openapiFetch.us;
validation.inLoopShareOfCall = validation.inLoopUs / perCall.layers.facade.us;

// 3: history walks, each in a fresh process; the two modes interleaved.
nodeHttp.close();
await undici.close();
client.close();
layer.close();
const { history, walks } = await walkHistories(server.origin, { runs: CONFIG.historyRuns, alerts: CONFIG.historyAlerts, page: PAGE, progress });
validation.shareOfPage = validation.pageUs / (history.oneByOne.msPerPage * 1000);
server.stop();

// 6: the link model, in a server process of its own.
const link = await runLinkBench({ runs: quick ? 1 : 3, cpuBlocks: quick ? 2 : 6, progress });

// Targets, table, results.
// A quick run has too few blocks (one a round) for the per-call ratio to mean anything:
// it is printed but not judged.
const checks: Record<string, boolean | undefined> = {
  facadeOverRaw: quick ? undefined : perCall.facadeOverRaw <= TARGETS.facadeOverRaw,
  historyGrowth: history.oneByOne.rssGrowthMb < TARGETS.historyGrowthMb,
  historyDefaultGrowth: history.iterate.rssGrowthMb < TARGETS.historyDefaultGrowthMb,
  scans: scans.overLatency <= TARGETS.scansOverLatency,
  compiledOnce: validation.perCallUs * TARGETS.compiledOnceFactor < validation.compileUs,
  ...link.checks,
};
const x = (r: number) => `${fmt(r, 2)} ×`;
const n = CONFIG.calls;
printTable(
  `bench (${quick ? 'quick' : 'full'}) · node ${process.version} · ${os.cpus().length} cpus, load avg ${fmt(loadAtStart)} → ${fmt(os.loadavg()[0]!)} · medians of interleaved runs (history: ${CONFIG.historyRuns} processes a mode)`,
  [
    [
      `1. per call: ${n} sequential get-by-id a round (ratio: median of per-block ratios to raw node:http, ${CONFIG.gateRounds} rounds × ${groups.perCall.blocksPerRound} blocks; then ${CONFIG.rounds} rounds)`,
      [
        {
          name: 'Alert.fromId (facade, one client)',
          value: `${fmt(perCall.facadeUs)} µs`,
          ratio: x(perCall.facadeOverRaw),
          target: quick ? `≤ ${TARGETS.facadeOverRaw} (full run only)` : `≤ ${TARGETS.facadeOverRaw}`,
          ok: checks.facadeOverRaw,
        },
        { name: 'raw node:http GET+body, JSON.parse (floor)', value: `${fmt(perCall.rawUs)} µs`, ratio: x(1) },
        { name: '  client CPU: facade', value: `${fmt(perCall.facadeCpuUs)} µs`, ratio: x(perCall.facadeCpuOverRawCpu) },
        { name: '  client CPU: raw node:http', value: `${fmt(perCall.rawCpuUs)} µs`, ratio: x(1) },
        { name: 'raw node:http (second group)', value: `${fmt(perCall.rawInClientsUs)} µs`, ratio: x(1) },
        { name: 'raw undici.request GET+body (reset: false)', value: `${fmt(perCall.undiciUs)} µs`, ratio: x(perCall.undiciOverRaw) },
        { name: 'raw fetch (POST: no GET body)', value: `${fmt(perCall.fetchUs)} µs`, ratio: x(perCall.fetchOverRaw) },
      ],
    ],
    [
      `1b. where the time goes: the same call through each layer (per-block ratios to raw node:http, ${CONFIG.rounds} rounds; wall, then client CPU)`,
      LAYERS.map(([key, name]) => {
        const l = perCall.layers[key];
        return { name, value: `${fmt(l.us)} µs`, ratio: x(l.overRaw), target: `cpu ${fmt(l.cpuUs)} µs  ${x(l.cpuOverRaw)}` };
      }),
    ],
    [
      `2. bulk: ${n} fromId (ratio: throughput over sequential)`,
      [
        { name: 'facade, sequential', value: `${fmt(bulk.sequentialPerSec, 0)} /s`, ratio: x(1) },
        { name: `facade, ${CONFIG.workers} concurrent workers`, value: `${fmt(bulk.concurrentPerSec, 0)} /s`, ratio: x(bulk.concurrentOverSequential) },
        {
          name: `raw node:http, ${CONFIG.workers} concurrent (facade/raw time: ${fmt(bulk.facadeConcurrentOverRawConcurrent, 2)})`,
          value: `${fmt(bulk.rawConcurrentPerSec, 0)} /s`,
        },
      ],
    ],
    [
      `3. history: ${CONFIG.historyAlerts} alerts, ${CONFIG.historyAlerts / PAGE} pages of ${PAGE} (peak RSS growth over the walk)`,
      [
        {
          name: 'for await … of queryAlertsHistory() (concurrency 4)',
          value: `${fmt(history.iterate.alertsPerSec, 0)} alerts/s`,
          ratio: `+${fmt(history.iterate.rssGrowthMb)} MB`,
          target: `< ${TARGETS.historyDefaultGrowthMb} MB`,
          ok: checks.historyDefaultGrowth,
        },
        {
          name: '  the same, concurrency 1 (one page at a time)',
          value: `${fmt(history.oneByOne.alertsPerSec, 0)} alerts/s`,
          ratio: `+${fmt(history.oneByOne.rssGrowthMb)} MB`,
          target: `< ${TARGETS.historyGrowthMb} MB`,
          ok: checks.historyGrowth,
        },
        { name: '  heap kept after the walk (after a GC)', value: '', ratio: `+${fmt(history.iterate.heapKeptMb)} MB` },
        { name: 'queryAlertsHistory().all()', value: `${fmt(history.all.alertsPerSec, 0)} alerts/s`, ratio: `+${fmt(history.all.rssGrowthMb)} MB` },
        { name: '  heap kept after the walk (the array, after a GC)', value: '', ratio: `+${fmt(history.all.heapKeptMb)} MB` },
      ],
    ],
    [
      `4. scans: fetchScans() of 3 analyses, ${ANALYSIS_LATENCY_MS} ms server latency each`,
      [
        {
          name: 'wall time / one latency',
          value: `${fmt(scans.medianMs)} ms`,
          ratio: x(scans.overLatency),
          target: `≤ ${TARGETS.scansOverLatency}`,
          ok: checks.scans,
        },
      ],
    ],
    [
      '5. validation (validateResponse timed alone on the same bodies)',
      [
        { name: 'get-by-id answer: share of a facade call', value: `${fmt(validation.perCallUs)} µs`, ratio: `${fmt(validation.shareOfCall * 100)} %` },
        {
          name: '  the same inside the call loop (1b: design floor − openapi-fetch)',
          value: `${fmt(validation.inLoopUs)} µs`,
          ratio: `${fmt(validation.inLoopShareOfCall * 100)} %`,
        },
        { name: `history page of ${PAGE}: share of a page's time`, value: `${fmt(validation.pageUs)} µs`, ratio: `${fmt(validation.shareOfPage * 100)} %` },
        {
          name: `compiled once: compile ${fmt(validation.compileUs)} µs, first call ${fmt(validation.firstCallUs)} µs`,
          value: `${fmt(validation.perCallUs)} µs`,
          ratio: x(validation.compileUs / validation.perCallUs),
          target: `≥ ${TARGETS.compiledOnceFactor} ×`,
          ok: checks.compiledOnce,
        },
      ],
    ],
    linkRows(link),
  ],
);

const elapsedS = (performance.now() - started) / 1000;
console.log(`(${fmt(elapsedS)} s)`);
mkdirSync('bench', { recursive: true });
const results = {
  date: new Date().toISOString(),
  mode: quick ? 'quick' : 'full',
  node: process.version,
  cpus: os.cpus().length,
  loadAvg: { start: loadAtStart, end: os.loadavg()[0] },
  config: CONFIG,
  targets: TARGETS,
  checks,
  perCall,
  bulk,
  history,
  scans: { ...scans, runsMs: scanMs },
  validation,
  link,
  raw: { groups, walks },
};
writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
const missed = Object.entries(checks)
  .filter(([, ok]) => ok === false)
  .map(([k]) => k);
if (missed.length) {
  console.error(`targets missed: ${missed.join(', ')}`);
  process.exitCode = 1;
}
