/** A minimal `Response` over a fully-read body (all the client reads of one), and light headers. */
import type { WireHeaders, WireResponse } from './types.js';

/** A body announced as JSON that does not parse; the client reports it as a contract breach. */
export class MalformedBodyError extends Error {
  constructor(
    readonly status: number,
    cause: unknown,
    /** The URL that answered. */
    readonly url = '',
  ) {
    super(`HTTP ${status} answer is not valid JSON`, { cause });
    this.name = 'MalformedBodyError';
  }
}

/** Headers over a record with lower-cased names: a request's, or an answer's as node:http gives them. */
export class LightHeaders implements WireHeaders {
  // Repeated headers of an answer arrive joined or as arrays.
  constructor(private readonly raw: Record<string, string | string[] | undefined>) {}

  get(name: string): string | null {
    const v = this.raw[name.toLowerCase()];
    if (v === undefined) return null;
    return Array.isArray(v) ? v.join(', ') : v;
  }

  forEach(cb: (value: string, name: string) => void): void {
    for (const k in this.raw) {
      const v = this.raw[k];
      if (v !== undefined) cb(Array.isArray(v) ? v.join(', ') : v, k);
    }
  }
}

export class LightResponse implements WireResponse {
  readonly ok: boolean;

  constructor(
    readonly status: number,
    readonly headers: WireHeaders,
    private readonly bytes: Buffer,
    readonly url: string,
  ) {
    this.ok = status >= 200 && status < 300;
  }

  async text(): Promise<string> {
    return this.bytes.toString('utf8');
  }

  async json(): Promise<unknown> {
    try {
      return JSON.parse(this.bytes.toString('utf8'));
    } catch (cause) {
      throw new MalformedBodyError(this.status, cause, this.url);
    }
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    const { buffer, byteOffset, byteLength } = this.bytes;
    return buffer.slice(byteOffset, byteOffset + byteLength) as ArrayBuffer;
  }
}
