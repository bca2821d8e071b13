/**
 * `npx tsx scripts/send-chaos.ts [--runs 10] [--emails 60] [--seed N]`
 *
 * Chaos for `send-phishing`: a folder of emails that grows by `--emails` new ones before
 * each run is sent again and again to a local simulator through a gateway that sometimes forwards the ingest and answers 504 anyway (or
 * 504 without forwarding), while runs are cut by random SIGINT or SIGKILL, started two at a
 * time on the same manifest, and the manifest's tail is torn between runs (cut mid-line, or
 * NUL-filled, as a power loss leaves the one line not yet on disk). A last run without faults
 * finishes the job, and one more must find nothing to send. Then every email must have been
 * ingested exactly once (the simulator's ingest log). Prints what happened; exits 1 on a
 * violation. test/scripts/send-chaos.test.ts runs a short version.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { startSimulator } from '../src/simulator/index.js';
import { startGateway, type GatewayMove } from '../test/helpers/gateway.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MAIN = path.join(root, 'src/cli/main.ts');
const TSX_LOADER = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

export interface ChaosOptions {
  runs: number;
  emails: number;
  seed: number;
  log?: (line: string) => void;
}

export interface ChaosResult {
  ok: boolean;
  lines: string[];
}

/** A small deterministic generator (mulberry32), so a failing seed can be replayed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const emailText = (i: number) =>
  `From: chaos${i}@mail.example\r\nTo: soc@corp.example\r\nSubject: Chaos ${i}\r\nMessage-ID: <c${i}@mail.example>\r\n\r\nBody ${i}\r\n`;
const sha = (t: string) => createHash('sha256').update(t).digest('hex');

interface Ended {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

function startRun(args: string[], cwd: string, env: NodeJS.ProcessEnv): { child: ChildProcess; done: Promise<Ended> } {
  const child = spawn(process.execPath, ['--import', TSX_LOADER, MAIN, ...args], { cwd, env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (c: string) => (stderr += c));
  return { child, done: new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stderr }))) };
}

/** Tears the manifest's last line as a power loss may: cut mid-line, or its bytes NUL-filled (the size kept or grown). */
async function tear(file: string, rnd: () => number): Promise<string> {
  let buf: Buffer;
  try {
    buf = await readFile(file);
  } catch {
    return 'no manifest yet';
  }
  const body = buf.length && buf[buf.length - 1] === 0x0a ? buf.subarray(0, buf.length - 1) : buf;
  const start = body.lastIndexOf(0x0a) + 1;
  if (start >= body.length) return 'nothing to tear';
  const kind = rnd();
  if (kind < 0.4) {
    const cut = start + 1 + Math.floor(rnd() * (body.length - start - 1));
    await writeFile(file, buf.subarray(0, cut));
    return `cut the last line at byte ${cut - start} of ${body.length - start}`;
  }
  const extra = kind < 0.7 ? 0 : 1 + Math.floor(rnd() * 200);
  await writeFile(file, Buffer.concat([buf.subarray(0, start), Buffer.alloc(buf.length - start + extra)]));
  return `NUL-filled the last line${extra ? ` and ${extra} bytes more` : ''}`;
}

export async function runChaos(o: ChaosOptions): Promise<ChaosResult> {
  const lines: string[] = [];
  const say = (l: string) => {
    lines.push(l);
    o.log?.(l);
  };
  const rnd = random(o.seed);
  const sim = await startSimulator({ seed: 0, triageMs: 200 });
  // Every ingest answers a little late, so signals land mid-run.
  sim.inject('POST /alerts/ingest/binary', { kind: 'delay', ms: 200 }, 1_000_000);
  let faulty = true;
  const gw = await startGateway(sim.baseUrl, (): GatewayMove => {
    if (!faulty) return 'pass';
    const r = rnd();
    return r < 0.12 ? 'forward-then-504' : r < 0.15 ? 'forward-then-bad-200' : r < 0.2 ? '504' : 'pass';
  });
  const dir = await mkdtemp(path.join(tmpdir(), 'send-chaos-'));
  try {
    await mkdir(path.join(dir, 'inbox'));
    const texts: string[] = [];
    const addEmails = async () => {
      for (let n = 0; n < o.emails; n++) {
        const i = texts.length + 1;
        texts.push(emailText(i));
        await writeFile(path.join(dir, 'inbox', `c${String(i).padStart(4, '0')}.eml`), emailText(i));
      }
    };
    const env: NodeJS.ProcessEnv = { ...process.env, XDG_STATE_HOME: path.join(dir, 'state'), NO_COLOR: '1' };
    for (const k of Object.keys(env)) if (k.startsWith('INTEZER_')) delete env[k];
    const args = ['--base-url', gw.baseUrl, '--api-key', sim.apiKey, '--max-retries', '1', 'send-phishing', 'inbox', '--concurrency', '6', '--no-progress'];
    const manifestDir = path.join(dir, 'state', 'intezer-alerts');
    say(`send-chaos: ${o.runs} runs, each after ${o.emails} new emails were added to the folder; seed ${o.seed}`);

    for (let run = 1; run <= o.runs; run++) {
      await addEmails();
      const overlap = rnd() < 0.3;
      const procs = [startRun(args, dir, env)];
      if (overlap) {
        await new Promise((r) => setTimeout(r, Math.floor(rnd() * 400)));
        procs.push(startRun(args, dir, env));
      }
      const plans = procs.map((p) => {
        const what = rnd();
        const signal: NodeJS.Signals | undefined = what < 0.45 ? 'SIGKILL' : what < 0.75 ? 'SIGINT' : undefined;
        const after = 1200 + Math.floor(rnd() * 3000);
        if (signal) setTimeout(() => p.child.kill(signal), after);
        return signal ? `${signal} after ${after} ms` : 'no signal';
      });
      const ended = await Promise.all(procs.map((p) => p.done));
      const outcome = ended.map((e, i) => `[${plans[i]}: ${e.signal ?? `exit ${e.code}`}]`).join(' ');
      let torn = '';
      if (rnd() < 0.5) {
        const files = (await readdir(manifestDir).catch(() => [] as string[])).filter((f) => f.endsWith('.jsonl'));
        torn = files.length ? `; ${await tear(path.join(manifestDir, files[0]!), rnd)}` : '';
      }
      const held = ended.filter((e) => e.code === 75).length;
      say(
        `run ${String(run).padStart(2)} (${texts.length} emails): ${overlap ? 'two at once ' : ''}${outcome}${held ? ` (${held} found the manifest locked)` : ''}; ingested so far: ${sim.ingests.length}${torn}`,
      );
    }

    faulty = false;
    const last = await startRun(args, dir, env).done;
    say(`final run without faults: exit ${last.code}; ${last.stderr.trim().split('\n').at(-1)}`);
    const again = await startRun(args, dir, env).done;
    say(`one more run: exit ${again.code}; ${again.stderr.trim().split('\n').at(-1)}`);

    const counts = texts.map((t) => sim.ingestCount(sha(t)));
    const twice = counts.filter((c) => c > 1).length;
    const never = counts.filter((c) => c === 0).length;
    const gatewayMoves = gw.moves.reduce<Record<string, number>>((acc, m) => ((acc[m] = (acc[m] ?? 0) + 1), acc), {});
    say(
      `gateway: ${Object.entries(gatewayMoves)
        .map(([k, v]) => `${v} ${k}`)
        .join(', ')}`,
    );
    say(`ingests: ${sim.ingests.length} for ${texts.length} emails; sent twice or more: ${twice}; never sent: ${never}`);
    const ok = twice === 0 && never === 0 && last.code === 0 && again.code === 0 && sim.ingests.length === texts.length;
    say(ok ? `OK: every email ingested exactly once` : `VIOLATION: not every email was ingested exactly once`);
    return { ok, lines };
  } finally {
    await gw.close();
    await sim.close();
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '10' }, emails: { type: 'string', default: '60' }, seed: { type: 'string' } } });
  const seed = values.seed !== undefined ? Number(values.seed) : Math.floor(Math.random() * 2 ** 31);
  runChaos({ runs: Number(values.runs), emails: Number(values.emails), seed, log: (l) => console.log(l) }).then(
    (r) => process.exit(r.ok ? 0 : 1),
    (err: unknown) => {
      console.error(err);
      process.exit(2);
    },
  );
}
