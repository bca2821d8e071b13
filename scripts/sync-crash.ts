/**
 * `sync --follow` killed with kill -9 at random moments while alerts change, and started again
 * each time with the same files; then the output is compared with the simulator's truth (its
 * log of every state of every alert): every state exactly once, no torn line. Exits 1 on a
 * mismatch.
 *
 *   npx tsx scripts/sync-crash.ts            5 kills, 8,000 alerts of history, then churn
 *   npx tsx scripts/sync-crash.ts --quick    2 kills, small counts (CI: test/scripts/sync-crash.test.ts)
 *
 * The churn adds alerts and updates alerts whose current state the output already holds as
 * committed (the state file says how far): so no state is replaced before sync could read it,
 * and the truth is exactly the log. Pages are answered 10 ms late, so kills also land while a
 * request is in flight.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, open, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startSimulator, type Simulator } from '../src/simulator/index.js';

const quick = process.argv.includes('--quick');
const KILLS = quick ? 2 : 5;
const HISTORY = quick ? 600 : 8000;
const CHURN_EVERY_MS = 40;
/** Each search answered this late: the catch-up takes a while, and kills land while requests are in flight. */
const PAGE_DELAY_MS = 10;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const between = (lo: number, hi: number) => lo + Math.floor(Math.random() * (hi - lo));

const keyOf = (u: { environment: string; alertId: string; alertUpdateTime: string }) => `${u.environment}/${u.alertId}@${u.alertUpdateTime}`;

/** The keys of the output's committed lines (what the state file vouches for), read on from where the last call stopped. */
function committedReader(out: string, state: string): () => Promise<Set<string>> {
  const keys = new Set<string>();
  let readUpTo = 0;
  return async () => {
    try {
      const { committedBytes } = JSON.parse(await readFile(state, 'utf8')) as { committedBytes: number };
      if (committedBytes > readUpTo) {
        const fh = await open(out, 'r');
        try {
          const buf = Buffer.alloc(committedBytes - readUpTo);
          await fh.read(buf, 0, buf.length, readUpTo);
          for (const l of buf.toString('utf8').split('\n')) if (l) keys.add((JSON.parse(l) as { key: string }).key);
        } finally {
          await fh.close();
        }
        readUpTo = committedBytes;
      }
    } catch {
      // No state yet.
    }
    return keys;
  };
}

interface Run {
  child: ChildProcess;
  /** Resolves when the process ends, whether or not we ended it. */
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function startSync(sim: Simulator, out: string, state: string, since: string): Run {
  const env = { ...process.env };
  for (const k of Object.keys(env)) if (k.startsWith('INTEZER_')) delete env[k];
  const args = [
    '--base-url',
    sim.baseUrl,
    '--api-key',
    sim.apiKey,
    'sync',
    '--output',
    out,
    '--state',
    state,
    '--since',
    since,
    '--follow',
    '--interval',
    '150ms',
  ];
  const child = spawn(process.execPath, ['--import', TSX, path.join(root, 'src/cli/main.ts'), ...args], {
    cwd: root,
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  child.stderr!.setEncoding('utf8').on('data', (s: string) => {
    for (const line of s.split('\n')) if (line.trim() && !/sync: \d+ changes? in/.test(line)) console.log(`  [sync] ${line}`);
  });
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((r) => child.once('exit', (code, signal) => r({ code, signal })));
  return { child, exit };
}

/** The run's end if it ended by itself within `ms`, else undefined. */
const endedWithin = (run: Run, ms: number) => Promise.race([run.exit, sleep(ms).then(() => undefined)]);

async function main(): Promise<number> {
  const sim = await startSimulator({ seed: 0 });
  const dir = await mkdtemp(path.join(tmpdir(), 'sync-crash-'));
  const out = path.join(dir, 'changes.jsonl');
  const state = path.join(dir, 'state.json');
  const committedKeys = committedReader(out, state);
  let churning = true;
  let updates = 0;
  let added = 0;
  try {
    const start = Math.floor((Date.now() - 3_600_000) / 1000) * 1000;
    // History: several alerts per second.
    for (let i = 0; i < HISTORY; i++) sim.addAlert({ createdAt: start + Math.floor(i / 4) * 1000, triageDoneAt: start + Math.floor(i / 4) * 1000 });
    sim.inject('POST /alerts/search', { kind: 'delay', ms: PAGE_DELAY_MS }, 1_000_000);
    const churn = (async () => {
      while (churning) {
        await sleep(CHURN_EVERY_MS);
        // A few alerts added at once share a time.
        for (let i = 0, n = between(0, 4); i < n; i++, added++) sim.addAlert({ environment: i % 2 ? 'staging' : 'production' });
        const committed = await committedKeys();
        const current = new Map<string, { alertId: string; environment: string }>();
        for (const u of sim.updates()) current.set(`${u.environment}/${u.alertId}`, { alertId: u.alertId, environment: u.environment });
        const ready = [...sim.updates().reduce((m, u) => m.set(`${u.environment}/${u.alertId}`, keyOf(u)), new Map<string, string>())].filter(([, k]) =>
          committed.has(k),
        );
        for (let i = 0, n = between(0, 6); i < n && ready.length > 0; i++, updates++) {
          const [id] = ready.splice(between(0, ready.length), 1)[0]!;
          const a = current.get(id)!;
          sim.updateAlert(a.alertId, { environment: a.environment, note: `update ${updates}` });
        }
      }
    })();

    const since = new Date(start).toISOString();
    let run = startSync(sim, out, state, since);
    const kills: string[] = [];
    let unexpectedExit: string | undefined;
    for (let k = 1; k <= KILLS; k++) {
      // Odd kills land at a random moment after the run has committed a batch (so during its
      // work, however slow its start on a busy machine); even ones at a random moment from its
      // start (while it starts, checks and cuts the output, too).
      if (k % 2 === 1) {
        const atStart = (await committedKeys()).size;
        const deadline = Date.now() + 20_000;
        while (Date.now() < deadline && (await committedKeys()).size === atStart && !(await endedWithin(run, 50))) void 0;
      }
      const early = await endedWithin(run, k % 2 === 1 ? between(0, 600) : between(300, quick ? 2000 : 3500));
      if (early) {
        unexpectedExit = `sync ended by itself before kill ${k}: exit ${early.code ?? early.signal}`;
        console.log(unexpectedExit);
        break;
      }
      const before = (await committedKeys()).size;
      run.child.kill('SIGKILL');
      const end = await run.exit;
      const size = (await readFile(out).catch(() => Buffer.alloc(0))).length;
      const committedBytes = await readFile(state, 'utf8')
        .then((t) => (JSON.parse(t) as { committedBytes: number }).committedBytes)
        .catch(() => 0);
      kills.push(`kill ${k}: ${end.signal ?? end.code}; ${before} lines committed, ${size - committedBytes} bytes written past the committed length`);
      console.log(kills.at(-1));
      run = startSync(sim, out, state, since);
    }
    // Let the last run catch up after the churn stops.
    churning = false;
    await churn;
    const truth = new Set(sim.updates().map(keyOf));
    const deadline = Date.now() + 30_000;
    while (!unexpectedExit && Date.now() < deadline) {
      const have = await committedKeys();
      if ([...truth].every((k) => have.has(k))) break;
      await sleep(200);
    }
    run.child.kill('SIGTERM');
    const last = await run.exit;

    const text = await readFile(out, 'utf8');
    const lines = text.split('\n');
    const torn = text.length > 0 && !text.endsWith('\n');
    let unparsable = 0;
    const keys: string[] = [];
    for (const line of lines.slice(0, -1)) {
      try {
        keys.push((JSON.parse(line) as { key: string }).key);
      } catch {
        unparsable++;
      }
    }
    const seen = new Set<string>();
    const duplicates = keys.filter((k) => (seen.has(k) ? true : (seen.add(k), false)));
    const missing = [...truth].filter((k) => !seen.has(k));
    const unexpected = [...seen].filter((k) => !truth.has(k));
    console.log(`history ${HISTORY} alerts; churn added ${added} alerts and made ${updates} updates; ${KILLS} kill -9 and restarts`);
    console.log(`service truth: ${truth.size} states; output: ${keys.length} lines`);
    console.log(
      `duplicates ${duplicates.length}, missing ${missing.length}, unexpected ${unexpected.length}, unparsable lines ${unparsable}, torn tail ${torn}`,
    );
    console.log(`last run stopped by SIGTERM: exit ${last.code}`);
    const ok = !unexpectedExit && duplicates.length === 0 && missing.length === 0 && unexpected.length === 0 && unparsable === 0 && !torn && last.code === 0;
    console.log(ok ? 'RESULT: every state exactly once, no torn line' : 'RESULT: MISMATCH');
    if (!ok) console.log({ duplicates: duplicates.slice(0, 5), missing: missing.slice(0, 5), unexpected: unexpected.slice(0, 5) });
    return ok ? 0 : 1;
  } finally {
    churning = false;
    await sim.close();
    await rm(dir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
