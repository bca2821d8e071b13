/**
 * Reads the email given to sendPhishingEmail into bytes, refusing what cannot be sent, before
 * anything is sent: more than `maxBytes` (the client's maxEmailBytes), an empty email, and a
 * path that is not a regular file (a FIFO would wait for a writer, a device such as
 * /dev/zero never ends, a folder is no email). The call's signal stops the read at once.
 */
import { constants, type Stats } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { InvalidArgumentError } from '../client/errors.js';

/** An email's bytes as `rawEmail` takes them: a Uint8Array (a Buffer is one), an ArrayBuffer, a Blob, or a readable stream (read to its end). */
export type RawEmail = Uint8Array | ArrayBuffer | Blob | NodeJS.ReadableStream;

export interface ReadEmailOptions {
  maxBytes: number;
  signal?: AbortSignal;
}

const CHUNK = 64 * 1024;

const tooLarge = (what: string, maxBytes: number) =>
  new InvalidArgumentError(`${what} is larger than maxEmailBytes (${maxBytes} bytes); raise the client's maxEmailBytes to send it`);

/** Rejects with the signal's reason as soon as it aborts; `stop()` removes the listener. */
function abortion(signal: AbortSignal | undefined): { aborted: Promise<never>; stop: () => void } {
  if (!signal) return { aborted: new Promise<never>(() => {}), stop: () => {} };
  let onAbort = () => {};
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
  });
  aborted.catch(() => {});
  return { aborted, stop: () => signal.removeEventListener('abort', onAbort) };
}

function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a FIFO (named pipe)';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isSocket()) return 'a socket';
  return 'not a regular file';
}

async function fromPath(path: string, { maxBytes, signal }: ReadEmailOptions): Promise<Uint8Array> {
  let handle: FileHandle;
  try {
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer (forever).
    handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (cause) {
    throw new InvalidArgumentError(`emailPath: cannot read ${path} (${(cause as NodeJS.ErrnoException).code ?? 'error'})`, { cause });
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw new InvalidArgumentError(`emailPath: ${path} is ${kindOf(stats)}, not a regular file`);
    if (stats.size > maxBytes) throw tooLarge(`emailPath: ${path}`, maxBytes);
    // The size is a first guess: a file that grows while read is read on, up to maxBytes, and
    // refused only past it (one byte more is read to tell).
    let buffer = Buffer.allocUnsafe(Math.min(stats.size, maxBytes) + 1);
    let filled = 0;
    for (;;) {
      signal?.throwIfAborted();
      if (filled === buffer.length) {
        if (filled > maxBytes) throw tooLarge(`emailPath: ${path}`, maxBytes);
        const grown = Buffer.allocUnsafe(Math.min(Math.max(buffer.length * 2, CHUNK), maxBytes + 1));
        buffer.copy(grown, 0, 0, filled);
        buffer = grown;
      }
      const { bytesRead } = await handle.read(buffer, filled, Math.min(CHUNK, buffer.length - filled), null);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    signal?.throwIfAborted();
    return buffer.subarray(0, filled);
  } finally {
    await handle.close().catch(() => {});
  }
}

/** A chunk as bytes: a string (UTF-8), a Buffer or other Uint8Array, an ArrayBuffer; an object-mode stream's other values are refused. */
function chunkBytes(value: unknown): Buffer {
  if (typeof value === 'string') return Buffer.from(value, 'utf8');
  // Copied: a stream may reuse the memory of a chunk it already gave.
  if (value instanceof Uint8Array) return Buffer.from(value);
  if (value instanceof ArrayBuffer) return Buffer.from(new Uint8Array(value));
  const what = value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value === 'object' ? 'an object' : `a ${typeof value}`;
  throw new InvalidArgumentError(`rawEmail: the stream gave ${what}; an email stream must give bytes (Buffer, Uint8Array) or strings`);
}

async function fromStream(stream: NodeJS.ReadableStream, { maxBytes, signal }: ReadEmailOptions): Promise<Uint8Array> {
  const iterable = stream as Partial<AsyncIterable<unknown>>;
  if (typeof iterable[Symbol.asyncIterator] !== 'function') throw new InvalidArgumentError('rawEmail: a stream must be async-iterable (a Node.js Readable is)');
  const iterator = iterable[Symbol.asyncIterator]!();
  const { aborted, stop } = abortion(signal);
  const chunks: Buffer[] = [];
  let total = 0;
  let done = false;
  try {
    for (;;) {
      let step: IteratorResult<unknown>;
      try {
        step = await Promise.race([iterator.next(), aborted]);
      } catch (err) {
        if (signal?.aborted) throw signal.reason;
        throw new InvalidArgumentError(`rawEmail: the stream failed while being read (${(err as Error)?.message})`, { cause: err });
      }
      if (step.done) {
        done = true;
        break;
      }
      const chunk = chunkBytes(step.value);
      total += chunk.byteLength;
      if (total > maxBytes) throw tooLarge('rawEmail', maxBytes);
      chunks.push(chunk);
    }
  } finally {
    stop();
    // Stop reading a stream we leave early (abort, too large): not awaited, since a stream that
    // never ends may never settle the read in flight.
    if (!done) void Promise.resolve(iterator.return?.()).catch(() => {});
  }
  return Buffer.concat(chunks, total);
}

export async function readEmail(rawEmail: RawEmail | undefined, emailPath: string | undefined, options: ReadEmailOptions): Promise<Uint8Array> {
  if ((rawEmail === undefined) === (emailPath === undefined)) {
    throw new InvalidArgumentError('Give exactly one of rawEmail or emailPath');
  }
  const { maxBytes, signal } = options;
  signal?.throwIfAborted();
  let bytes: Uint8Array;
  if (emailPath !== undefined) {
    if (typeof emailPath !== 'string' || emailPath.trim() === '') throw new InvalidArgumentError('emailPath must be a non-empty path');
    bytes = await fromPath(emailPath, options);
  } else if (rawEmail instanceof Uint8Array) {
    bytes = rawEmail;
  } else if (rawEmail instanceof ArrayBuffer) {
    bytes = new Uint8Array(rawEmail);
  } else if (typeof Blob !== 'undefined' && rawEmail instanceof Blob) {
    if (rawEmail.size > maxBytes) throw tooLarge('rawEmail', maxBytes);
    const { aborted, stop } = abortion(signal);
    try {
      bytes = new Uint8Array(await Promise.race([rawEmail.arrayBuffer(), aborted]));
    } finally {
      stop();
    }
  } else if (rawEmail && typeof (rawEmail as NodeJS.ReadableStream).pipe === 'function') {
    bytes = await fromStream(rawEmail as NodeJS.ReadableStream, options);
  } else {
    throw new InvalidArgumentError('rawEmail must be a Uint8Array/Buffer, an ArrayBuffer, a Blob or a readable stream');
  }
  if (bytes.byteLength > maxBytes) throw tooLarge('rawEmail', maxBytes);
  if (bytes.byteLength === 0) throw new InvalidArgumentError('The email is empty');
  return bytes;
}
