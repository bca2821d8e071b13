/**
 * The resumable manifest of send-phishing: one JSON line per email sent,
 * `{sha256, file, alert_id, sent_at}` (plus `environment` when one was given). A rerun
 * skips every email whose content hash is listed. Lines are appended as each send
 * succeeds, so an interrupted run loses nothing it had sent; a torn last line is ignored.
 */
import { createReadStream } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { createInterface } from 'node:readline';

export interface ManifestEntry {
  sha256: string;
  file: string;
  alert_id: string;
  /** ISO 8601. */
  sent_at: string;
  environment?: string;
}

export interface LoadedManifest {
  /** By content SHA-256; the last line for a hash wins. */
  entries: Map<string, ManifestEntry>;
  /** Line numbers that could not be read. */
  badLines: number[];
}

function isEntry(v: unknown): v is ManifestEntry {
  const e = v as ManifestEntry;
  return (
    typeof e === 'object' && e !== null &&
    typeof e.sha256 === 'string' && /^[0-9a-f]{64}$/.test(e.sha256) &&
    typeof e.alert_id === 'string' && e.alert_id !== ''
  );
}

/** Reads the manifest line by line; a missing file is an empty manifest. */
export async function loadManifest(path: string): Promise<LoadedManifest> {
  const entries = new Map<string, ManifestEntry>();
  const badLines: number[] = [];
  const stream = createReadStream(path, { encoding: 'utf8' });
  const opened = new Promise<boolean>((resolve, reject) => {
    stream.once('open', () => resolve(true));
    stream.once('error', (err: NodeJS.ErrnoException) => (err.code === 'ENOENT' ? resolve(false) : reject(err)));
  });
  if (!(await opened)) return { entries, badLines };
  let n = 0;
  for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) {
    n++;
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      badLines.push(n);
      continue;
    }
    if (isEntry(value)) entries.set(value.sha256, value);
    else badLines.push(n);
  }
  return { entries, badLines };
}

/** Appends entries one line at a time (each line in a single write, in call order). */
export class ManifestWriter {
  #handle: FileHandle;
  #queue: Promise<void> = Promise.resolve();
  #needsNewline: boolean;

  private constructor(handle: FileHandle, needsNewline: boolean) {
    this.#handle = handle;
    this.#needsNewline = needsNewline;
  }

  static async open(path: string): Promise<ManifestWriter> {
    const handle = await open(path, 'a+');
    // A torn last line (a run killed mid-write) must not swallow the next entry.
    const { size } = await handle.stat();
    let needsNewline = false;
    if (size > 0) {
      const last = Buffer.alloc(1);
      await handle.read(last, 0, 1, size - 1);
      needsNewline = last[0] !== 0x0a;
    }
    return new ManifestWriter(handle, needsNewline);
  }

  append(entry: ManifestEntry): Promise<void> {
    const line = `${this.#needsNewline ? '\n' : ''}${JSON.stringify(entry)}\n`;
    this.#needsNewline = false;
    const write = this.#queue.then(async () => {
      await this.#handle.appendFile(line, 'utf8');
    });
    this.#queue = write.catch(() => undefined);
    return write;
  }

  async close(): Promise<void> {
    await this.#queue;
    await this.#handle.close();
  }
}
