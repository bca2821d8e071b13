/**
 * Spawning the CLI as a user would: `node --import tsx src/cli/main.ts …` (tsx resolved from
 * the repo, so any cwd works), with a clean environment, against a simulator of the test.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startSimulator, type Simulator, type SimulatorOptions } from '../../src/simulator/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const TSX_LOADER = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
export const MAIN = path.join(root, 'src/cli/main.ts');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  cwd?: string;
  env?: Record<string, string>;
  /** Written to the CLI's standard input, which is then closed (default: no stdin at all). */
  input?: string;
}

function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const k of Object.keys(env)) if (k.startsWith('INTEZER_')) delete env[k];
  delete env.FORCE_COLOR;
  return { ...env, NO_COLOR: '1', ...extra };
}

export function spawnCli(args: readonly string[], opts: CliOptions = {}): ChildProcess {
  return spawn(process.execPath, ['--import', TSX_LOADER, MAIN, ...args], {
    cwd: opts.cwd ?? root,
    env: cleanEnv(opts.env),
    stdio: [opts.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
  });
}

/** A CLI process being run: its output so far, and its end (with the signal that ended it, if any). */
export interface RunningCli {
  child: ChildProcess;
  stdout(): string;
  stderr(): string;
  done: Promise<CliRun & { signal: NodeJS.Signals | null }>;
}

export function startCli(args: readonly string[], opts: CliOptions = {}): RunningCli {
  const child = spawnCli(args, opts);
  if (opts.input !== undefined) child.stdin!.end(opts.input);
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (c: string) => (stdout += c));
  child.stderr!.setEncoding('utf8').on('data', (c: string) => (stderr += c));
  const done = new Promise<CliRun & { signal: NodeJS.Signals | null }>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return { child, stdout: () => stdout, stderr: () => stderr, done };
}

export async function runCli(args: readonly string[], opts: CliOptions = {}): Promise<CliRun> {
  const { code, stdout, stderr } = await startCli(args, opts).done;
  return { code, stdout, stderr };
}

/** Global options pointing the CLI at a simulator, polling fast. */
export function simArgs(sim: Simulator): string[] {
  return ['--base-url', sim.baseUrl, '--api-key', sim.apiKey, '--poll-interval', '100'];
}

/** A simulator for one test: quick triage and deletions; closed by the returned function. */
export async function withSimulator<T>(opts: SimulatorOptions, body: (sim: Simulator) => Promise<T>): Promise<T> {
  const sim = await startSimulator({ triageMs: 400, operationMs: 200, analysisMs: 100, ...opts });
  try {
    return await body(sim);
  } finally {
    await sim.close();
  }
}

export async function withTempDir<T>(body: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(path.join(tmpdir(), 'intezer-cli-'));
  try {
    return await body(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export function jsonLines(text: string): Record<string, unknown>[] {
  return text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

/** Resolves once `check()` is true; rejects after `timeoutMs`. */
export async function waitUntil(check: () => boolean, timeoutMs = 15_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
