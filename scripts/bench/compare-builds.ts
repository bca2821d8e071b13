/**
 * Per call, this build against another one, in one run: sequential `Alert.fromId` through
 * each build and the same GET-with-body over raw node:http, in interleaved blocks against
 * the canned loopback server of `npm run bench` (its own process: the CPU counted here is the
 * client's alone). Prints each as µs of wall time and of client CPU, each as a ratio to raw,
 * and the two builds' ratio (median of per-block ratios), so a change's cost shows beside noise.
 *
 *   npm run build && BENCH_BASE_DIST=/path/to/old/dist/esm/src npx tsx scripts/bench/compare-builds.ts
 *
 * `BENCH_CURRENT_DIST` names another build to time in place of this checkout's.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ALERT_ID } from './fixtures.js';
import { interleaved, paired } from './groups.js';
import { rawNodeHttp } from './raw.js';
import { startServerProcess } from './server.js';
import { median, printTable, sequential } from './stats.js';

type Sdk = typeof import('../../src/index.js');
const here = fileURLToPath(new URL('../../', import.meta.url));
const baseDist = process.env.BENCH_BASE_DIST;
if (!baseDist) throw new Error('set BENCH_BASE_DIST to the dist/esm/src of the build to compare with');
const load = (dist: string) => import(new URL('index.js', `file://${path.resolve(dist)}/`).href) as Promise<Sdk>;
const currentDist = process.env.BENCH_CURRENT_DIST ?? path.join(here, 'dist/esm/src');
const [base, current] = await Promise.all([load(baseDist), load(currentDist)]);

const CALLS = Number(process.env.BENCH_CALLS ?? 2000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const server = await startServerProcess({ analysisLatencyMs: 0, historyTotal: 100 });
const clientOf = (sdk: Sdk) => new sdk.IntezerClient({ apiKey: 'bench-key', baseUrl: `${server.origin}/api/`, maxRetries: 0 });
const baseClient = clientOf(base);
const currentClient = clientOf(current);
const raw = rawNodeHttp(server.origin, 'bench-access-token');

const variants = {
  base: (n: number) => sequential(n, () => base.Alert.fromId(ALERT_ID, { client: baseClient })),
  current: (n: number) => sequential(n, () => current.Alert.fromId(ALERT_ID, { client: currentClient })),
  raw: (n: number) => sequential(n, () => raw.get(ALERT_ID)),
};
type V = keyof typeof variants;
const all: V[] = ['base', 'current', 'raw'];
for (const v of all) await variants[v](500); // warm-up: JIT, schemas, token, connections
const g = await interleaved(variants, all, { calls: CALLS, rounds: ROUNDS, block: 250, onRound: (r) => console.error(`compare: round ${r + 1}/${ROUNDS}`) });

const us = (v: V, kind: 'wall' | 'cpu' = 'wall') => (median(g[kind][v]!) * 1000) / (CALLS / g.blocksPerRound);
const x = (r: number) => `${r.toFixed(2)} ×`;
printTable(`compare-builds · node ${process.version} · ${CALLS} sequential fromId a round, ${ROUNDS} rounds × ${g.blocksPerRound} blocks`, [
  [
    'per call (ratio: median of per-block ratios)',
    [
      { name: `Alert.fromId, base (${baseDist})`, value: `${us('base').toFixed(1)} µs`, ratio: x(paired(g, 'base', 'raw')) },
      { name: `Alert.fromId, this build (${currentDist})`, value: `${us('current').toFixed(1)} µs`, ratio: x(paired(g, 'current', 'raw')) },
      { name: 'raw node:http GET+body, JSON.parse', value: `${us('raw').toFixed(1)} µs`, ratio: x(1) },
      { name: 'this build / base', value: '', ratio: x(paired(g, 'current', 'base')) },
    ],
  ],
  [
    'client CPU per call (ratio: median of per-block ratios)',
    [
      { name: 'Alert.fromId, base', value: `${us('base', 'cpu').toFixed(1)} µs`, ratio: x(paired(g, 'base', 'raw', 'cpu')) },
      { name: 'Alert.fromId, this build', value: `${us('current', 'cpu').toFixed(1)} µs`, ratio: x(paired(g, 'current', 'raw', 'cpu')) },
      { name: 'raw node:http GET+body, JSON.parse', value: `${us('raw', 'cpu').toFixed(1)} µs`, ratio: x(1) },
      { name: 'CPU: this build / base', value: '', ratio: x(paired(g, 'current', 'base', 'cpu')) },
    ],
  ],
]);
baseClient.close();
currentClient.close();
raw.close();
server.stop();
