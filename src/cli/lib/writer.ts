/**
 * Writing to stdout at the pace the reader takes it: `write` resolves once the stream can
 * take more, so streaming 100k alerts keeps memory flat. A closed pipe (`| head`) ends the
 * output quietly: BrokenPipeError tells the command to stop.
 */
import type { Writable } from 'node:stream';

export class BrokenPipeError extends Error {
  constructor() {
    super('the output was closed');
    this.name = 'BrokenPipeError';
  }
}

export class OutputWriter {
  readonly #stream: Writable;
  #broken = false;
  #failure: Error | undefined;

  constructor(stream: Writable) {
    this.#stream = stream;
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE' || err.code === 'ERR_STREAM_DESTROYED') this.#broken = true;
      else this.#failure = err;
    });
  }

  #check(): void {
    if (this.#broken) throw new BrokenPipeError();
    if (this.#failure) throw this.#failure;
  }

  async write(text: string | Uint8Array): Promise<void> {
    this.#check();
    if (this.#stream.write(text)) return;
    await new Promise<void>((resolve) => {
      const done = () => {
        this.#stream.off('drain', done);
        this.#stream.off('error', done);
        this.#stream.off('close', done);
        resolve();
      };
      this.#stream.on('drain', done);
      this.#stream.on('error', done);
      this.#stream.on('close', done);
    });
    this.#check();
  }

  /** One JSON value per line. */
  line(value: unknown): Promise<void> {
    return this.write(`${JSON.stringify(value)}\n`);
  }
}

/** Resolves once everything written so far was handed to the OS. */
export function flush(stream: Writable): Promise<void> {
  return new Promise((resolve) => {
    if (stream.writableEnded || stream.destroyed) return resolve();
    stream.write('', () => resolve());
  });
}
