/**
 * `sync`'s output file: checked against the state before anything is written, cut back to
 * its committed length on start (a torn or uncommitted tail of a crashed run goes), then
 * appended a batch at a time, each batch written whole and fsynced before the state moves on.
 */
import { promises as fs } from 'node:fs';
import { nextTail, sha256Hex, tailHash } from './sync-state.js';
import { UsageError } from './usage-error.js';

export interface OutputCheck {
  /** Bytes of whole lines to keep: the state's committed length, or the whole file without a state. */
  committedBytes: number;
  /** The bytes the output has now (more than committed after a crash: they are cut). */
  size: number;
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
      if (size < state.committedBytes) {
        throw new UsageError(`output ${file} holds ${size} bytes but state file ${stateFile} says ${state.committedBytes} were written: was it cut, rotated or replaced?`);
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
    private readonly fh: fs.FileHandle,
    public committedBytes: number,
    tail: Buffer,
  ) {
    this.#tail = tail;
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
      const n = Math.min(4096, committedBytes);
      const tail = Buffer.alloc(n);
      if (n > 0) await fh.read(tail, 0, n, committedBytes - n);
      return new SyncOutput(fh, committedBytes, tail);
    } catch (err) {
      await fh.close();
      throw err;
    }
  }

  get tailSha256(): string {
    return sha256Hex(this.#tail);
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
