/**
 * `sync`'s state file: where the watch stands and how far the output is committed, replaced
 * atomically after each batch (write a temporary file, fsync it, rename it over the state,
 * fsync the directory), so a crash leaves the old state or the new one, never half of one.
 * The state names the output and the filters it was made for; a state that is not ours, or
 * was made for another output or other filters, is refused before anything is fetched or
 * written (docs/following-changes.md shows the format).
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { AlertsCheckpoint } from '../../index.js';
import { UsageError } from './usage-error.js';

export const STATE_FORMAT = 'intezer-alerts-sync';
export const STATE_VERSION = 1;
/** Bytes of the output's committed end the state keeps a hash of, to tell a replaced output. */
const TAIL_BYTES = 4096;

export interface SyncState {
  format: typeof STATE_FORMAT;
  version: typeof STATE_VERSION;
  /** The output's absolute path, or "-" for stdout. */
  output: string;
  /** The filters, canonical (keys and list values sorted). */
  filters: Record<string, unknown>;
  /** Bytes of the output that hold whole, committed lines. */
  committedBytes: number;
  /** SHA-256 (hex) of the last TAIL_BYTES committed bytes (fewer when the output is shorter). */
  tailSha256: string;
  /** Where the watch resumes. */
  checkpoint: AlertsCheckpoint;
  /** When the state was written (for people reading it). */
  savedAt: string;
}

/** Filters in one form whatever the order they were given in. */
export function canonicalFilters(filters: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(filters).sort()) {
    const v = filters[key];
    if (v === undefined) continue;
    out[key] = Array.isArray(v) ? [...new Set(v.map(String))].sort() : v;
  }
  return out;
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** The state at `file`, undefined when there is none; a state we cannot use is a UsageError naming it. */
export async function readState(file: string, expect: { output: string; filters: Record<string, unknown> }): Promise<SyncState | undefined> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new UsageError(`state file ${file} cannot be read: ${(err as Error).message}`);
  }
  let s: unknown;
  try {
    s = JSON.parse(text);
  } catch {
    throw new UsageError(`state file ${file} is not JSON: not a state of intezer-alerts sync`);
  }
  if (!isObject(s) || s.format !== STATE_FORMAT) throw new UsageError(`state file ${file} is not a state of intezer-alerts sync`);
  if (s.version !== STATE_VERSION)
    throw new UsageError(`state file ${file} has version ${JSON.stringify(s.version)}; this intezer-alerts reads version ${STATE_VERSION}`);
  const ok =
    typeof s.output === 'string' &&
    isObject(s.filters) &&
    typeof s.committedBytes === 'number' &&
    Number.isSafeInteger(s.committedBytes) &&
    s.committedBytes >= 0 &&
    typeof s.tailSha256 === 'string' &&
    isObject(s.checkpoint);
  if (!ok) throw new UsageError(`state file ${file} is damaged: a field is missing or of the wrong type`);
  const state = s as unknown as SyncState;
  if (state.output !== expect.output) {
    throw new UsageError(
      `state file ${file} belongs to the output ${state.output === '-' ? 'stdout' : state.output}, not ${expect.output === '-' ? 'stdout' : expect.output}`,
    );
  }
  if (!sameJson(state.filters, expect.filters)) {
    throw new UsageError(
      `state file ${file} was made with other filters (${JSON.stringify(state.filters)}; now ${JSON.stringify(expect.filters)}): use another state file, or the same filters`,
    );
  }
  return state;
}

/** SHA-256 of the committed end of the output (empty when nothing is committed). */
export async function tailHash(fd: fs.FileHandle | undefined, committedBytes: number): Promise<string> {
  const n = Math.min(TAIL_BYTES, committedBytes);
  const buf = Buffer.alloc(n);
  if (fd && n > 0) {
    const { bytesRead } = await fd.read(buf, 0, n, committedBytes - n);
    if (bytesRead !== n) return 'short';
  }
  return createHash('sha256').update(buf).digest('hex');
}

/** Hash of the bytes that end at `committedBytes`, given the previous tail and the bytes appended: no read back. */
export function nextTail(previousTail: Buffer, appended: Buffer): Buffer {
  const joined = Buffer.concat([previousTail, appended]);
  return joined.subarray(Math.max(0, joined.length - TAIL_BYTES));
}

export const sha256Hex = (b: Buffer): string => createHash('sha256').update(b).digest('hex');

/** Replaces the state atomically: write a temporary file, fsync, rename over the state, fsync the directory. */
export async function writeState(file: string, state: SyncState): Promise<void> {
  const tmp = `${file}.tmp`;
  const fh = await fs.open(tmp, 'w', 0o600);
  try {
    await fh.writeFile(`${JSON.stringify(state, null, 2)}\n`);
    await fh.sync();
  } finally {
    await fh.close();
  }
  await fs.rename(tmp, file);
  await syncDir(path.dirname(file));
}

/** fsync of a directory, so a rename in it is durable; where directories cannot be opened (Windows), skipped. */
async function syncDir(dir: string): Promise<void> {
  let dh: fs.FileHandle | undefined;
  try {
    dh = await fs.open(dir, 'r');
    await dh.sync();
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EINVAL' && code !== 'EBADF') throw err;
  } finally {
    await dh?.close();
  }
}
