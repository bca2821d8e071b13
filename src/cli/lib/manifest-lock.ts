/**
 * One run per file at a time: send-phishing's manifest, and sync's state file (sync.ts). The lock is a file beside the manifest
 * (`<manifest>.lock`) created with O_EXCL and holding the pid, host and start time of the
 * run. A lock left by a run that died (same host, pid gone) is taken over; breaking it is
 * itself guarded by a second O_EXCL file, so two runs that both find it stale cannot both
 * take it (nor remove the lock the other just created). A pid is reused (after a reboot
 * above all, as the lock outlives it in the state folder): a lock of an earlier boot, or
 * naming this very process, or a live process that did not start when the lock's owner did
 * (Linux /proc: clock ticks after boot, which no clock step changes), is stale too. A lock from another pid namespace (another container with
 * the same host name) is never broken: its pid cannot be judged from here. A lock held by a live run (or by another
 * host) makes the new run exit at once with ManifestLockedError: it never waits and never
 * sends in parallel.
 */
import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync, fsyncSync, statSync } from 'node:fs';
import { bootId, pidNamespace, processStartTicks } from './process-start.js';
import { hostname } from 'node:os';
import path from 'node:path';

export interface LockOwner {
  pid: number;
  host: string;
  at: string;
  /** Linux: the boot the lock was taken in, the pid namespace its pid belongs to, and when that process started (clock ticks after boot). */
  boot?: string;
  pidns?: string;
  start?: number;
}

/** Another run holds the manifest: exit code 75 (EX_TEMPFAIL, "try again later"). */
export class ManifestLockedError extends Error {
  readonly owner: LockOwner | undefined;
  constructor(manifest: string, owner: LockOwner | undefined) {
    const who = owner ? `pid ${owner.pid} on ${owner.host}, since ${owner.at}` : 'unknown owner';
    super(
      `another send-phishing run (${who}) holds the manifest ${manifest}; nothing was sent. Run again when it has ended` +
        ` (if that run is surely gone, remove ${manifest}.lock)`,
    );
    this.name = 'ManifestLockedError';
    this.owner = owner;
  }
}

/** A lock file whose content is unreadable (a run killed between creating and writing it) is stale after this long. */
const UNREADABLE_STALE_MS = 10_000;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOwner(file: string): { owner?: LockOwner; raw: string } | undefined {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
  try {
    const o = JSON.parse(raw) as LockOwner;
    if (Number.isInteger(o.pid) && typeof o.host === 'string') return { owner: o, raw };
  } catch {
    // torn: judged by its age
  }
  return { raw };
}

function isStale(file: string, found: { owner?: LockOwner }): boolean {
  if (!found.owner) {
    try {
      return Date.now() - statSync(file).mtimeMs > UNREADABLE_STALE_MS;
    } catch {
      return true;
    }
  }
  const { pid, host, boot, pidns, start } = found.owner;
  if (host !== hostname()) return false;
  // Taken in an earlier boot: its run is gone, whatever namespace it ran in.
  const thisBoot = bootId();
  if (boot !== undefined && thisBoot !== undefined && boot !== thisBoot) return true;
  // Another container's pid names nothing here: never broken (the message says how to remove it).
  const ns = pidNamespace();
  if (pidns !== undefined && ns !== undefined && pidns !== ns) return false;
  // This process is only now taking the lock: one naming its pid was left by a dead run that had it.
  if (pid === process.pid || !alive(pid)) return true;
  // Alive: the owner itself only if it started when the owner did (a lock without the start is trusted).
  const now = start === undefined ? undefined : processStartTicks(pid);
  return now !== undefined && now !== start;
}

const unlinkQuietly = (file: string) => {
  try {
    unlinkSync(file);
  } catch {
    // already gone
  }
};

function tryCreate(file: string, content: string): boolean {
  let fd: number;
  try {
    fd = openSync(file, 'wx', 0o600);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  }
  try {
    writeSync(fd, content);
    fsyncSync(fd);
  } catch (err) {
    // A full disk: the file made but not written would hold the manifest as an unknown owner's.
    closeSync(fd);
    unlinkQuietly(file);
    throw err;
  }
  closeSync(fd);
  return true;
}

/** This process as a lock's owner. */
function myOwner(): string {
  const [boot, pidns, start] = [bootId(), pidNamespace(), processStartTicks(process.pid)];
  const linux = { ...(boot && { boot }), ...(pidns && { pidns }), ...(start !== undefined && { start }) };
  return JSON.stringify({ pid: process.pid, host: hostname(), at: new Date().toISOString(), ...linux } satisfies LockOwner);
}

export class ManifestLock {
  readonly file: string;
  readonly #content: string;
  #held = true;

  private constructor(file: string, content: string) {
    this.file = file;
    this.#content = content;
  }

  /** Takes the lock of `manifest`, or throws ManifestLockedError. */
  static acquire(manifest: string): ManifestLock {
    const file = `${manifest}.lock`;
    mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    const me = myOwner();
    for (let attempt = 0; attempt < 5; attempt++) {
      if (tryCreate(file, me)) return new ManifestLock(file, me);
      const found = readOwner(file);
      if (found === undefined) continue; // released meanwhile
      if (!isStale(file, found)) throw new ManifestLockedError(manifest, found.owner);
      ManifestLock.#breakStale(file, found.raw);
    }
    throw new ManifestLockedError(manifest, readOwner(file)?.owner);
  }

  /** Removes the stale lock whose content was `raw`, unless someone replaced it meanwhile. */
  static #breakStale(file: string, raw: string): void {
    const guard = `${file}.break`;
    if (!tryCreate(guard, myOwner())) {
      const g = readOwner(guard);
      if (g && isStale(guard, g)) unlinkQuietly(guard);
      return;
    }
    try {
      if (readOwner(file)?.raw === raw) unlinkQuietly(file);
    } finally {
      unlinkQuietly(guard);
    }
  }

  /**
   * Synchronous, so it also runs on the way out of a process ended at once. Removes the lock
   * only while it is still this run's: one removed by hand and taken by another run meanwhile
   * stays that run's.
   */
  release(): void {
    if (!this.#held) return;
    this.#held = false;
    if (readOwner(this.file)?.raw === this.#content) unlinkQuietly(this.file);
  }
}
