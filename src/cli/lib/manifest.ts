/**
 * The resumable manifest of send-phishing: JSON lines, only ever appended. Each line is one
 * step of one email towards one destination:
 *
 *   {"api_root":"https://analyze.intezer.com/api/v2-0","environment":"soc","sha256":"…",
 *    "status":"sent","alert_id":"…","file":"inbox/a.eml","at":"2026-05-10T08:00:00+00:00"}
 *
 * `status` is "sending" (written just before the request, so even a killed run leaves a
 * trace), "sent" (with `alert_id`), "unknown" (the request may have reached the service:
 * ask it before sending again) or "failed" (the service surely did not act); `error` says
 * why for the last two. An entry is keyed by api_root + environment (null: none given) +
 * sha256; the last line of a key wins. Lines of the first format (`{sha256, file, alert_id,
 * sent_at, environment?}`) name no server: they are kept apart (`legacy`) and only ever
 * trigger a check with the service. A torn last line is ignored.
 *
 * Every line is on disk (fdatasync) before append() resolves, so the step that relies on it
 * (the request after a "sending" line) never runs ahead of its record. Lines that cannot be
 * read (torn, or NUL bytes a power loss left) may have been any email's: see Ledger.
 */
import { createReadStream } from 'node:fs';
import { mkdir, open, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';

/** Where emails go: the API root and the environment (null: the account's default). */
export interface Destination {
  apiRoot: string;
  environment: string | null;
}

export type ManifestStatus = 'sending' | 'sent' | 'unknown' | 'failed';

export interface ManifestEntry {
  api_root: string;
  environment: string | null;
  sha256: string;
  status: ManifestStatus;
  file: string;
  /** ISO 8601, UTC. */
  at: string;
  alert_id?: string;
  error?: string;
}

/** A line of the first format: an email sent somewhere, to a server it does not name. */
interface LegacyEntry {
  sha256: string;
  file: string;
  alert_id: string;
  sent_at: string;
  environment?: string;
}

const STATUSES: readonly string[] = ['sending', 'sent', 'unknown', 'failed'] satisfies ManifestStatus[];
const isSha = (v: unknown) => typeof v === 'string' && /^[0-9a-f]{64}$/.test(v);

function isEntry(v: unknown): v is ManifestEntry {
  const e = v as ManifestEntry;
  return (
    typeof e === 'object' &&
    e !== null &&
    typeof e.api_root === 'string' &&
    e.api_root !== '' &&
    (e.environment === null || typeof e.environment === 'string') &&
    isSha(e.sha256) &&
    STATUSES.includes(e.status) &&
    (e.status !== 'sent' || (typeof e.alert_id === 'string' && e.alert_id !== ''))
  );
}

function isLegacy(v: unknown): v is LegacyEntry {
  const e = v as LegacyEntry;
  return typeof e === 'object' && e !== null && !('api_root' in e) && isSha(e.sha256) && typeof e.alert_id === 'string' && e.alert_id !== '';
}

export function manifestKey(dest: Destination, sha256: string): string {
  return JSON.stringify([dest.apiRoot, dest.environment, sha256]);
}

/** ISO 8601 in UTC with an offset, whole seconds: the form the service dates alerts in. */
export function isoTime(date: Date = new Date()): string {
  return `${date.toISOString().slice(0, 19)}+00:00`;
}

export interface LoadedManifest {
  /** By manifestKey; the last line of a key wins. */
  entries: Map<string, ManifestEntry>;
  /** First-format lines, by content SHA-256. */
  legacy: Map<string, LegacyEntry>;
  /** Line numbers that could not be read. */
  badLines: number[];
}

/** Reads the manifest line by line; a missing file is an empty manifest. */
export async function loadManifest(path: string): Promise<LoadedManifest> {
  const loaded: LoadedManifest = { entries: new Map(), legacy: new Map(), badLines: [] };
  const stream = createReadStream(path, { encoding: 'utf8' });
  const opened = new Promise<boolean>((resolve, reject) => {
    stream.once('open', () => resolve(true));
    stream.once('error', (err: NodeJS.ErrnoException) => (err.code === 'ENOENT' ? resolve(false) : reject(err)));
  });
  if (!(await opened)) return loaded;
  let n = 0;
  for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) {
    n++;
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      loaded.badLines.push(n);
      continue;
    }
    if (isEntry(value)) loaded.entries.set(manifestKey({ apiRoot: value.api_root, environment: value.environment }, value.sha256), value);
    else if (isLegacy(value)) loaded.legacy.set(value.sha256, value);
    else loaded.badLines.push(n);
  }
  return loaded;
}

/** A new file's name is durable only once its folder is synced. */
async function syncDir(dir: string): Promise<void> {
  const handle = await open(dir, 'r').catch(() => undefined);
  if (!handle) return;
  await handle.sync().catch(() => undefined); // not every file system syncs a folder
  await handle.close();
}

/** A line could not be put on disk (a full disk, an I/O error): the run must stop sending. */
export class ManifestWriteError extends Error {
  constructor(file: string, cause: unknown) {
    const code = (cause as NodeJS.ErrnoException | null)?.code ?? String(cause);
    super(`cannot write the manifest ${file} (${code}): the run stops; the emails in flight are checked with the service on the rerun`, { cause });
    this.name = 'ManifestWriteError';
  }
}

/**
 * Appends entries one line at a time (each line in a single write, in call order). After a
 * failed write (perhaps half a line) every later append fails too: no step may go ahead
 * without its line, and a line written after a torn one would be lost with it.
 */
export class ManifestWriter {
  #handle: FileHandle;
  readonly #file: string;
  #queue: Promise<void> = Promise.resolve();
  #needsNewline: boolean;
  #broken: ManifestWriteError | undefined;

  private constructor(handle: FileHandle, file: string, needsNewline: boolean) {
    this.#handle = handle;
    this.#file = file;
    this.#needsNewline = needsNewline;
  }

  static async open(file: string): Promise<ManifestWriter> {
    const dir = path.dirname(file);
    await mkdir(dir, { recursive: true, mode: 0o700 });
    const handle = await open(file, 'a+', 0o600);
    // A torn last line (a run killed mid-write) must not swallow the next entry.
    const { size } = await handle.stat();
    let needsNewline = false;
    if (size > 0) {
      const last = Buffer.alloc(1);
      await handle.read(last, 0, 1, size - 1);
      needsNewline = last[0] !== 0x0a;
    }
    if (size === 0) await syncDir(dir);
    return new ManifestWriter(handle, file, needsNewline);
  }

  append(entry: ManifestEntry): Promise<void> {
    const line = `${this.#needsNewline ? '\n' : ''}${JSON.stringify(entry)}\n`;
    this.#needsNewline = false;
    const write = this.#queue.then(async () => {
      if (this.#broken) throw this.#broken;
      try {
        await this.#handle.appendFile(line, 'utf8');
        await this.#handle.datasync();
      } catch (err) {
        throw (this.#broken = new ManifestWriteError(this.#file, err));
      }
    });
    this.#queue = write.catch(() => undefined);
    return write;
  }

  async close(): Promise<void> {
    await this.#queue;
    await this.#handle.close();
  }
}
