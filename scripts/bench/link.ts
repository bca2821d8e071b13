/**
 * A model of the network between the benchmark's client and its server, applied by the
 * server (scripts/bench/server.ts) so that the client runs as it would against a service far
 * away: every request arrives one way's latency after it was sent (three for the first on a
 * new connection: the TCP handshake comes first), and every answer leaves through a link
 * shared by all connections (a token bucket on the bytes the server writes, a 16 KiB burst),
 * then arrives one way's latency later. Answers are written in 16 KiB pieces, each queued for
 * the link when the one before it has left, so concurrent answers share the bandwidth as TCP
 * flows do rather than queueing whole.
 */
import type { ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

export interface LinkOptions {
  /** Round trip, ms (each way: half). */
  rttMs: number;
  /** Bandwidth of the link, bits per second. */
  bitsPerSec: number;
}

const PIECE = 16 * 1024;
const sleep = (ms: number) => new Promise<void>((r) => (ms > 0 ? setTimeout(r, ms) : setImmediate(r)));

export class Link {
  readonly #oneWayMs: number;
  readonly #bytesPerMs: number;
  #tokens = PIECE;
  #refilledAt = performance.now();
  readonly #seen = new WeakSet<Socket>();

  constructor({ rttMs, bitsPerSec }: LinkOptions) {
    this.#oneWayMs = rttMs / 2;
    this.#bytesPerMs = bitsPerSec / 8 / 1000;
  }

  /** Resolves when a request that just arrived on `socket` would have arrived over the link. */
  arrival(socket: Socket): Promise<void> {
    const isNew = !this.#seen.has(socket);
    this.#seen.add(socket);
    return sleep(this.#oneWayMs * (isNew ? 3 : 1));
  }

  /** ms until `bytes` may leave, taking them from the bucket (which may go into debt: a queue). */
  #take(bytes: number): number {
    const now = performance.now();
    this.#tokens = Math.min(PIECE, this.#tokens + (now - this.#refilledAt) * this.#bytesPerMs);
    this.#refilledAt = now;
    this.#tokens -= bytes;
    return this.#tokens >= 0 ? 0 : -this.#tokens / this.#bytesPerMs;
  }

  /** Sends an answer over the link: head and body paced through the bucket, each piece delivered a one-way latency after it left. */
  async send(res: ServerResponse, status: number, headers: Record<string, string | number>, body: Buffer): Promise<void> {
    const headBytes = 17 + Object.entries(headers).reduce((n, [k, v]) => n + k.length + String(v).length + 4, 2);
    for (let at = 0, first = true; first || at < body.length; first = false) {
      const piece = body.subarray(at, at + PIECE - (first ? headBytes : 0));
      at += piece.length;
      await sleep(this.#take(piece.length + (first ? headBytes : 0)));
      const last = at >= body.length;
      // Timers of one duration fire in the order they were set: the pieces arrive in order.
      setTimeout(() => {
        if (res.destroyed) return;
        if (!res.headersSent) res.writeHead(status, headers);
        if (last) res.end(piece);
        else res.write(piece);
      }, this.#oneWayMs);
    }
  }
}
