/** A minimal `Response` over a fully-read body: all openapi-fetch and the client read of one. */
import type { WireHeaders, WireResponse } from './types.js';

/** A body announced as JSON that does not parse; the client reports it as a contract breach. */
export class MalformedBodyError extends Error {
  constructor(
    readonly status: number,
    cause: unknown,
  ) {
    super(`HTTP ${status} answer is not valid JSON`, { cause });
    this.name = 'MalformedBodyError';
  }
}

export class LightHeaders implements WireHeaders {
  // Node gives lower-cased names; repeated headers arrive joined or as arrays.
  constructor(private readonly raw: Record<string, string | string[] | undefined>) {}

  get(name: string): string | null {
    const v = this.raw[name.toLowerCase()];
    if (v === undefined) return null;
    return Array.isArray(v) ? v.join(', ') : v;
  }

  forEach(cb: (value: string, name: string) => void): void {
    for (const [k, v] of Object.entries(this.raw)) if (v !== undefined) cb(Array.isArray(v) ? v.join(', ') : v, k);
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
      throw new MalformedBodyError(this.status, cause);
    }
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    const { buffer, byteOffset, byteLength } = this.bytes;
    return buffer.slice(byteOffset, byteOffset + byteLength) as ArrayBuffer;
  }
}
