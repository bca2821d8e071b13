/**
 * Starting and stopping Prism (`prism mock --errors`) on openapi/openapi.yaml, for the
 * contract project's global setup. Each instance runs from node_modules/.bin (no npx, no
 * network) in a process group of its own on a free 127.0.0.1 port, and is stopped by
 * killing that group; an `exit` hook kills whatever is still running if the test process
 * ends without the teardown (an interrupted run, a failed setup).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { realpathSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const SPEC_PATH = path.join(REPO_ROOT, 'openapi/openapi.yaml');
const PRISM_BIN = path.join(REPO_ROOT, 'node_modules/.bin/prism');

/** What the global setup hands to the contract tests (vitest `provide` / `inject`). */
export interface PrismUrls {
  /** `prism mock --errors`: answers with the spec's examples. */
  static: string;
  /** `prism mock --errors -d --seed <seed>`: answers generated from the schemas. */
  dynamic: { seed: number; url: string }[];
}

declare module 'vitest' {
  export interface ProvidedContext {
    prism: PrismUrls;
  }
}

export interface PrismInstance {
  readonly url: string;
  readonly pid: number;
  /** The last lines Prism printed (for failure messages). */
  output(): string;
  stop(): Promise<void>;
}

/** A port nothing listens on right now (bound to port 0, then released). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

const running = new Set<ChildProcess>();
let exitHookInstalled = false;

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal); // the whole group: Prism and anything it forked
  } catch {
    try {
      child.kill(signal);
    } catch {
      /* already gone */
    }
  }
}

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  // Synchronous last resort: 'exit' handlers cannot wait, but a SIGKILL needs no waiting.
  process.on('exit', () => {
    for (const child of running) killGroup(child, 'SIGKILL');
  });
}

/** Resolves once anything answers HTTP at `url` (Prism's 404 for an unknown path will do). */
function answers(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const req = http.get(`${url}/__prism_ready`, { agent: false, timeout: 1000 }, (res) => {
      res.resume();
      resolve(true);
    });
    req.on('error', () => resolve(false));
    req.on('timeout', () => {
      req.destroy();
      resolve(false);
    });
  });
}

function launch(port: number, seed: number | undefined, readyTimeoutMs: number): Promise<PrismInstance> {
  const args = ['mock', '--errors', ...(seed === undefined ? [] : ['-d', '--seed', String(seed)])];
  args.push('-h', '127.0.0.1', '-p', String(port), '--verboseLevel', 'warn', SPEC_PATH);
  // `node <prism cli>` rather than the shebang, so the Node that runs the tests runs Prism.
  const child = spawn(process.execPath, [realpathSync(PRISM_BIN), ...args], {
    cwd: REPO_ROOT,
    detached: true, // own process group, killed as one
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  installExitHook();
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString('utf8').split('\n'));
    if (lines.length > 200) lines.splice(0, lines.length - 200);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.once('exit', () => running.delete(child));

  const url = `http://127.0.0.1:${port}`;
  const instance: PrismInstance = {
    url,
    pid: child.pid!,
    output: () => lines.join('\n'),
    async stop() {
      killGroup(child, 'SIGTERM');
      const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 3000);
      await exited;
      clearTimeout(timer);
    },
  };

  const name = `Prism (port ${port}${seed === undefined ? '' : `, seed ${seed}`})`;
  return new Promise((resolve, reject) => {
    const deadline = Date.now() + readyTimeoutMs;
    let done = false;
    child.once('exit', (code, signal) => {
      if (done) return;
      done = true;
      const output = instance.output();
      reject(Object.assign(new Error(`${name} exited (${signal ?? code}) before it answered:\n${output}`), { portTaken: output.includes('EADDRINUSE') }));
    });
    child.once('error', (err) => {
      if (done) return;
      done = true;
      reject(err);
    });
    const poll = async () => {
      if (done) return;
      if (await answers(url)) {
        done = true;
        return resolve(instance);
      }
      if (Date.now() > deadline) {
        done = true;
        await instance.stop();
        return reject(new Error(`${name} did not answer within ${readyTimeoutMs} ms:\n${instance.output()}`));
      }
      setTimeout(poll, 100);
    };
    void poll();
  });
}

/**
 * Starts one Prism on a free port; static when `seed` is undefined, dynamic otherwise.
 * A port taken between choosing and binding makes Prism exit: then another port is tried.
 */
export async function startPrism(options: { seed?: number; readyTimeoutMs?: number } = {}): Promise<PrismInstance> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await launch(await freePort(), options.seed, options.readyTimeoutMs ?? 60_000);
    } catch (err) {
      if (!(err as { portTaken?: boolean }).portTaken || attempt === 3) throw err;
    }
  }
}

/** Starts several at once (each takes seconds to start); if one fails, stops the others. */
export async function startPrisms(configs: { seed?: number; readyTimeoutMs?: number }[]): Promise<PrismInstance[]> {
  const outcomes = await Promise.allSettled(configs.map((c) => startPrism(c)));
  const started = outcomes.flatMap((o) => (o.status === 'fulfilled' ? [o.value] : []));
  const failed = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
  if (failed) {
    await Promise.all(started.map((p) => p.stop()));
    throw failed.reason;
  }
  return started;
}
