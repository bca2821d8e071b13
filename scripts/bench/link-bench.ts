/**
 * Section 6 of `npm run bench`: the SDK against its canned server far away (scripts/bench/link.ts:
 * a 20 ms round trip, 50 Mbit/s shared by every connection, gzip for a client that asks):
 *  - a 5,000-alert history walk at default settings against the same SDK one page after another
 *    without compression (`concurrency: 1`, the transport's internal `compression: false`), and
 *    with `concurrency: 8`;
 *  - 40 phishing emails sent 8 at a time against one after another (on a warm client);
 *  - client CPU per Alert.fromId after a warm-up (process.cpuUsage), against raw node:http.
 * Each figure is the median of interleaved runs in one process. Alone, for any build:
 *   BENCH_SDK_DIST=/path/to/dist/esm/src npx tsx scripts/bench/link-bench.ts [--quick]
 * (an SDK without `concurrency` walks its own way in every variant).
 */
import { fileURLToPath } from 'node:url';
import type { IntezerClient } from '../../src/client/client.js';
import { ALERT_ID } from './fixtures.js';
import { rawNodeHttp } from './raw.js';
import { agents as agentsModule, nodeHttp, sdk, sdkDist } from './sdk.js';
import { startServerProcess } from './server.js';
import { concurrent, median, printTable, sequential, type Row } from './stats.js';

const { Alert, IntezerClient: Client, queryAlertsHistory } = sdk;

export const LINK = { rttMs: 20, bitsPerSec: 50e6 };
/**
 * cpuOverRaw: the design floor's CPU (openapi-fetch + zod) is about 1.3 × raw's (section 1b);
 * gunzipping the answer, which raw (asking for no compression) reads plain, adds 0.2–0.4 on
 * this 2-core VM, where a gunzip of a 1 KB answer after 20 ms idle costs some 150 µs.
 */
export const LINK_TARGETS = { historyOverBaseline: 3, historyAim: 5, emailsOverSequential: 6.5, cpuOverRaw: 1.8 };
const HISTORY_ALERTS = 5000;
const EMAILS = 40;
const IN_FLIGHT = 8;

export interface LinkResult {
  sdkDist: string;
  walkMs: { baseline: number; default: number; c8: number };
  emailsMs: { sequential: number; concurrent: number };
  cpuUsPerCall: { facade: number; raw: number };
  ratios: { historyDefault: number; historyC8: number; emails: number; cpu: number };
  supportsConcurrency: boolean;
  checks: Record<'historyOverBaseline' | 'emailsOverSequential' | 'cpuOverRaw', boolean>;
}

const cpuMs = (from: NodeJS.CpuUsage) => {
  const c = process.cpuUsage(from);
  return (c.user + c.system) / 1000;
};

export async function runLinkBench(o: { runs: number; cpuBlocks: number; progress(what: string): void }): Promise<LinkResult> {
  const server = await startServerProcess({ analysisLatencyMs: 0, historyTotal: HISTORY_ALERTS, link: LINK });
  const baseUrl = `${server.origin}/api/`;
  const clients: IntezerClient[] = [];
  const closers: (() => void)[] = [];
  const client = (plain = false) => {
    // `compression: false` is the transport's internal switch (an older build ignores it and never asks).
    const agents = plain ? agentsModule.createAgents({ verifySsl: true }) : undefined;
    const transport = agents && nodeHttp.createNodeHttpTransport(agents, { compression: false });
    if (agents) closers.push(() => agents.destroy());
    const c = new Client({ apiKey: 'bench-key', baseUrl, maxRetries: 0, ...(transport && { transport }) });
    clients.push(c);
    return c;
  };
  let supportsConcurrency = true;
  try {
    queryAlertsHistory({ client: client(), concurrency: 1 });
  } catch {
    supportsConcurrency = false;
  }
  const walk = async (plain: boolean, concurrency?: number) => {
    const c = client(plain);
    await Alert.fromId(ALERT_ID, { client: c }); // the token and a first connection, not timed
    const t0 = performance.now();
    let n = 0;
    for await (const _ of queryAlertsHistory({ client: c, ...(supportsConcurrency && concurrency !== undefined && { concurrency }) })) n++;
    if (n !== HISTORY_ALERTS) throw new Error(`the walk saw ${n} alerts, not ${HISTORY_ALERTS}`);
    return performance.now() - t0;
  };
  const walks = { baseline: [] as number[], default: [] as number[], c8: [] as number[] };
  for (let run = 0; run < o.runs; run++) {
    o.progress(`link: history walks, run ${run + 1}/${o.runs}`);
    walks.baseline.push(await walk(true, 1));
    walks.default.push(await walk(false));
    walks.c8.push(await walk(false, 8));
  }

  o.progress('link: emails');
  const email = (i: number) => Buffer.from(`From: a@example.com\r\nSubject: bench ${i}\r\n\r\nbody ${i}\r\n`);
  const mailer = client();
  const send = (i: number) => Alert.sendPhishingEmail({ rawEmail: email(i), client: mailer });
  await concurrent(EMAILS, IN_FLIGHT, send); // warm: the token and the connections
  const emails = { sequential: [] as number[], concurrent: [] as number[] };
  for (let run = 0; run < o.runs; run++) {
    emails.sequential.push(await sequential(EMAILS, send));
    emails.concurrent.push(await concurrent(EMAILS, IN_FLIGHT, send));
  }

  o.progress('link: client CPU per call');
  const facade = client();
  const raw = rawNodeHttp(server.origin, 'bench-access-token');
  closers.push(() => raw.close());
  const calls = { facade: () => Alert.fromId(ALERT_ID, { client: facade }), raw: () => raw.get(ALERT_ID) };
  const BLOCK = 50;
  for (const call of Object.values(calls)) await sequential(BLOCK, call);
  const cpu = { facade: [] as number[], raw: [] as number[] };
  for (let b = 0; b < o.cpuBlocks; b++) {
    for (const name of (b % 2 ? ['raw', 'facade'] : ['facade', 'raw']) as (keyof typeof calls)[]) {
      const c0 = process.cpuUsage();
      await sequential(BLOCK, calls[name]);
      cpu[name].push((cpuMs(c0) * 1000) / BLOCK);
    }
  }
  for (const c of clients) c.close();
  for (const close of closers) close();
  server.stop();

  const walkMs = { baseline: median(walks.baseline), default: median(walks.default), c8: median(walks.c8) };
  const emailsMs = { sequential: median(emails.sequential), concurrent: median(emails.concurrent) };
  const ratios = {
    historyDefault: walkMs.baseline / walkMs.default,
    historyC8: walkMs.baseline / walkMs.c8,
    emails: emailsMs.sequential / emailsMs.concurrent,
    cpu: median(cpu.facade.map((f, i) => f / cpu.raw[i]!)),
  };
  return {
    sdkDist,
    walkMs,
    emailsMs,
    cpuUsPerCall: { facade: median(cpu.facade), raw: median(cpu.raw) },
    ratios,
    supportsConcurrency,
    checks: {
      historyOverBaseline: ratios.historyDefault >= LINK_TARGETS.historyOverBaseline,
      emailsOverSequential: ratios.emails >= LINK_TARGETS.emailsOverSequential,
      cpuOverRaw: ratios.cpu <= LINK_TARGETS.cpuOverRaw,
    },
  };
}

/** The section's rows for the table of `npm run bench`. */
export function linkRows(r: LinkResult): [string, Row[]] {
  const x = (v: number) => `${v.toFixed(2)} ×`;
  const ms = (v: number) => `${v.toFixed(0)} ms`;
  const c8 = r.supportsConcurrency ? '' : ' (no concurrency option: its own walk)';
  return [
    `6. link model: ${LINK.rttMs} ms round trip, ${LINK.bitsPerSec / 1e6} Mbit/s shared, gzip when asked (ratio: speed-up over the first row of each group)`,
    [
      { name: `history, ${HISTORY_ALERTS} alerts: concurrency 1, compression off`, value: ms(r.walkMs.baseline), ratio: x(1) },
      { name: '  at default settings (concurrency 4, gzip)', value: ms(r.walkMs.default), ratio: x(r.ratios.historyDefault), target: `≥ ${LINK_TARGETS.historyOverBaseline} (aim ${LINK_TARGETS.historyAim})`, ok: r.checks.historyOverBaseline },
      { name: `  concurrency 8, gzip${c8}`, value: ms(r.walkMs.c8), ratio: x(r.ratios.historyC8) },
      { name: `${EMAILS} emails (sendPhishingEmail), one at a time`, value: ms(r.emailsMs.sequential), ratio: x(1) },
      { name: `  ${IN_FLIGHT} in flight`, value: ms(r.emailsMs.concurrent), ratio: x(r.ratios.emails), target: `≥ ${LINK_TARGETS.emailsOverSequential}`, ok: r.checks.emailsOverSequential },
      { name: 'client CPU per call: raw node:http GET+body (asks for no gzip)', value: `${r.cpuUsPerCall.raw.toFixed(1)} µs`, ratio: x(1) },
      { name: '  Alert.fromId (gunzips the answer when it asks for gzip)', value: `${r.cpuUsPerCall.facade.toFixed(1)} µs`, ratio: x(r.ratios.cpu), target: `≤ ${LINK_TARGETS.cpuOverRaw}`, ok: r.checks.cpuOverRaw },
    ],
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const quick = process.argv.includes('--quick');
  const r = await runLinkBench({ runs: quick ? 1 : 3, cpuBlocks: quick ? 2 : 6, progress: (w) => console.error(w) });
  printTable(`link model · ${r.sdkDist}`, [linkRows(r)]);
  if (Object.values(r.checks).includes(false)) process.exitCode = 1;
}
