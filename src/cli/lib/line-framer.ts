/**
 * Whole lines, each pushed as one chunk, from a byte stream: what the MCP SDK's stdio transport
 * reads in linear time. Fed the pipe's 64 KB chunks it concatenates each onto everything
 * buffered so far, quadratic in a message's size (a 60 MB email took 44 s to arrive). A line
 * over `maxBytes` is dropped up to its end and reported, and the stream goes on: the transport
 * would otherwise close the whole session for one message.
 */
import { Transform, type TransformCallback } from 'node:stream';

const NEWLINE = 0x0a;

export class LineFramer extends Transform {
  readonly #maxBytes: number;
  readonly #onDropped: (bytes: number) => void;
  #parts: Buffer[] = [];
  #size = 0;
  /** Bytes of the line being dropped so far; undefined while the line is kept. */
  #dropped: number | undefined;

  constructor(maxBytes: number, onDropped: (bytes: number) => void) {
    super();
    this.#maxBytes = maxBytes;
    this.#onDropped = onDropped;
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    let start = 0;
    for (;;) {
      const end = chunk.indexOf(NEWLINE, start);
      if (end === -1) {
        this.#add(chunk.subarray(start));
        break;
      }
      this.#add(chunk.subarray(start, end + 1));
      this.#endLine();
      start = end + 1;
    }
    callback();
  }

  override _flush(callback: TransformCallback): void {
    if (this.#dropped === undefined && this.#parts.length > 0) this.push(Buffer.concat(this.#parts, this.#size));
    callback();
  }

  #add(part: Buffer): void {
    if (part.length === 0) return;
    if (this.#dropped !== undefined) {
      this.#dropped += part.length;
      return;
    }
    if (this.#size + part.length > this.#maxBytes) {
      this.#dropped = this.#size + part.length;
      this.#parts = [];
      this.#size = 0;
      return;
    }
    this.#parts.push(part);
    this.#size += part.length;
  }

  #endLine(): void {
    if (this.#dropped !== undefined) {
      const bytes = this.#dropped;
      this.#dropped = undefined;
      this.#onDropped(bytes);
      return;
    }
    if (this.#parts.length > 0) this.push(Buffer.concat(this.#parts, this.#size));
    this.#parts = [];
    this.#size = 0;
  }
}
