/**
 * `sync`'s output file: checked against the state before anything is written, cut back to
 * its committed length on start (a torn or uncommitted tail of a crashed run goes), then
 * appended a batch at a time, each batch written whole and fsynced before the state moves on.
 */
import { promises as fs } from 'node:fs';
import { nextTail, sha256Hex, tailHash } from './sync-state.js';
import { UsageError } from './usage-error.js';

/** Writing the output or the state failed (a full disk, a file size limit, a read-only directory): exit 1, nothing committed is lost. */
export class SyncWriteError extends Error {
  constructor(what: string, committedBytes: number, cause: unknown) {
    const why = cause instanceof Error ? cause.message : String(cause);
    super(`${what}: ${why}. The output's first ${committedBytes} bytes hold every change committed; run again once this is fixed, and it resumes there`, {
      cause,
    });
    this.name = 'SyncWriteError';
  }
}

export interface OutputCheck {
  /** Bytes of whole lines to keep: the state's committed length, or the whole file without a state. */
  committedBytes: number;
  /** The bytes the output has now (more than committed after a crash: they are cut). */
  size: number;
  /** The state says bytes were committed, but the output is empty or gone: rotated away (logrotate), so the lines go on into a new one. */
  rotated?: boolean;
}

async function sizeOf(file: string): Promise<number> {
  try {
    const st = await fs.stat(file);
    if (!st.isFile()) throw new UsageError(`output ${file} is not a regular file`);
    return st.size;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    if (err instanceof UsageError) throw err;
    throw new UsageError(`output ${file} cannot be read: ${(err as Error).message}`);
  }
}

/** Reads only. With a state: the output must hold at least its committed bytes, ending as they ended when committed. */
export async function checkOutput(file: string, stateFile: string, state: { committedBytes: number; tailSha256: string } | undefined): Promise<OutputCheck> {
  const size = await sizeOf(file);
  const fh = size > 0 ? await fs.open(file, 'r') : undefined;
  try {
    if (state) {
      if (size === 0 && state.committedBytes > 0) return { committedBytes: 0, size, rotated: true };
      if (size < state.committedBytes) {
        throw new UsageError(
          `output ${file} holds ${size} bytes but state file ${stateFile} says ${state.committedBytes} were written: was it cut, rotated or replaced?`,
        );
      }
      if ((await tailHash(fh, state.committedBytes)) !== state.tailSha256) {
        throw new UsageError(`output ${file} does not end where state file ${stateFile} says its last line ended: it was changed or replaced`);
      }
      return { committedBytes: state.committedBytes, size };
    }
    if (size > 0) {
      const last = Buffer.alloc(1);
      await fh!.read(last, 0, 1, size - 1);
      if (last[0] !== 0x0a) throw new UsageError(`output ${file} does not end with a whole line, and no state file (${stateFile}) says where its lines end`);
    }
    return { committedBytes: size, size };
  } finally {
    await fh?.close();
  }
}

export class SyncOutput {
  #tail: Buffer;
  private constructor(
    private fh: fs.FileHandle,
    private readonly file: string,
    public committedBytes: number,
    tail: Buffer,
  ) {
    this.#tail = tail;
  }

  static async #tailOf(fh: fs.FileHandle, committedBytes: number): Promise<Buffer> {
    const n = Math.min(4096, committedBytes);
    const tail = Buffer.alloc(n);
    if (n > 0) await fh.read(tail, 0, n, committedBytes - n);
    return tail;
  }

  /** Opens for appending after cutting the output back to its committed bytes. */
  static async open(file: string, committedBytes: number): Promise<SyncOutput> {
    const fh = await fs.open(file, 'a+', 0o644);
    try {
      const { size } = await fh.stat();
      if (size > committedBytes) {
        await fh.truncate(committedBytes);
        await fh.sync();
      }
      return new SyncOutput(fh, file, committedBytes, await SyncOutput.#tailOf(fh, committedBytes));
    } catch (err) {
      await fh.close();
      throw err;
    }
  }

  get tailSha256(): string {
    return sha256Hex(this.#tail);
  }

  /**
   * Follows a rotation since the last batch, before the next is written: the file moved away
   * (logrotate's `create`: lines go on into a new file at the path) or cut in place
   * (`copytruncate`: lines go on after what is left). The caller must commit the new length
   * before appending, so a crash cannot leave a state that is ahead of the new file.
   */
  async followRotation(): Promise<'moved' | 'cut' | undefined> {
    const mine = await this.fh.stat();
    const now = await fs.stat(this.file).catch((err: NodeJS.ErrnoException) => (err.code === 'ENOENT' ? undefined : Promise.reject(err)));
    if (!now || now.ino !== mine.ino || now.dev !== mine.dev) {
      const fh = await fs.open(this.file, 'a+', 0o644);
      await this.fh.close();
      this.fh = fh;
      const { size } = await fh.stat();
      // Whatever the new file already holds stays (whole lines or not, it is not ours to cut).
      this.committedBytes = size;
      this.#tail = await SyncOutput.#tailOf(fh, size);
      return 'moved';
    }
    if (mine.size < this.committedBytes) {
      this.committedBytes = mine.size;
      this.#tail = await SyncOutput.#tailOf(this.fh, mine.size);
      return 'cut';
    }
    return undefined;
  }

  /** Appends whole lines and fsyncs them; the state may then say they are committed. */
  async append(data: Buffer): Promise<void> {
    let done = 0;
    while (done < data.length) done += (await this.fh.write(data, done, data.length - done)).bytesWritten;
    await this.fh.datasync();
    this.committedBytes += data.length;
    this.#tail = nextTail(this.#tail, data);
  }

  close(): Promise<void> {
    return this.fh.close();
  }
}
