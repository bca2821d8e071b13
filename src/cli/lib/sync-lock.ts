/**
 * One `sync` per state file at a time: two runs on the same files would both append the same
 * changes and race on the state's temporary file. A lock file next to the state
 * (`STATE.lock`) holds the owner's pid and host; it is created exclusively, removed on exit,
 * and taken over when the pid it names is no longer running on this host (a run killed by
 * `kill -9` leaves it behind).
 */
import { promises as fs, readFileSync, unlinkSync } from 'node:fs';
import os from 'node:os';
import { UsageError } from './usage-error.js';

interface Holder {
  pid: number;
  host: string;
  startedAt?: string;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it runs, as another user.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function parse(text: string): Holder | undefined {
  try {
    const h = JSON.parse(text) as Partial<Holder>;
    return typeof h.pid === 'number' && Number.isSafeInteger(h.pid) && h.pid > 0 && typeof h.host === 'string' ? (h as Holder) : undefined;
  } catch {
    return undefined;
  }
}

const readText = (file: string) => fs.readFile(file, 'utf8').catch((err: NodeJS.ErrnoException) => (err.code === 'ENOENT' ? undefined : Promise.reject(err)));

export interface SyncLock {
  readonly file: string;
  /** Removes the lock if it is still ours. */
  release(): Promise<void>;
  /** The same, synchronously: for a process ended at once by a second signal. */
  releaseSync(): void;
}

/** Takes the lock of `stateFile`, or throws a UsageError naming the run that holds it. */
export async function lockState(stateFile: string): Promise<SyncLock> {
  const file = `${stateFile}.lock`;
  const mine = JSON.stringify({ pid: process.pid, host: os.hostname(), startedAt: new Date().toISOString() });
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await fs.writeFile(file, `${mine}\n`, { flag: 'wx', mode: 0o600 });
      return held(file, mine);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST')
        throw new UsageError(`state file ${stateFile} cannot be locked (${file}): ${(err as Error).message}`);
    }
    const text = await readText(file);
    if (text === undefined) continue;
    const holder = parse(text);
    const stale = holder !== undefined && holder.host === os.hostname() && (holder.pid === process.pid || !alive(holder.pid));
    if (!stale) {
      const who = holder ? `process ${holder.pid} on ${holder.host}` : 'a lock file this intezer-alerts cannot read';
      throw new UsageError(`state file ${stateFile} is in use by ${who} (${file}): one sync per state file at a time; if no sync runs, remove the lock file`);
    }
    // Stale: move it aside (atomic), and put it back if another run took it over meanwhile.
    const aside = `${file}.${process.pid}.stale`;
    try {
      await fs.rename(file, aside);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw err;
    }
    if ((await readText(aside)) !== text) await fs.link(aside, file).catch(() => {});
    await fs.unlink(aside).catch(() => {});
  }
  throw new UsageError(`state file ${stateFile} cannot be locked (${file}): other runs keep taking it`);
}

function held(file: string, mine: string): SyncLock {
  const ours = (text: string | undefined) => text !== undefined && text.trim() === mine;
  return {
    file,
    async release() {
      if (ours(await readText(file).catch(() => undefined))) await fs.unlink(file).catch(() => {});
    },
    releaseSync() {
      try {
        if (ours(readFileSync(file, 'utf8'))) unlinkSync(file);
      } catch {
        // Already gone.
      }
    },
  };
}
