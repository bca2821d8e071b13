/** Every API request, as received: for tests (and `GET /__sim/requests`), with counts per route. */
import type { IncomingHttpHeaders } from 'node:http';
import type { RecordedRequest } from './types.js';

/** Entries kept; older ones are dropped (the counts are not). */
const KEEP = 10_000;

export function redactHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) {
    if (v === undefined) continue;
    const value = Array.isArray(v) ? v.join(', ') : v;
    if (k !== 'authorization') out[k] = value;
    else {
      const scheme = /^(\S+)\s+\S/.exec(value)?.[1];
      out[k] = scheme ? `${scheme} [redacted]` : '[redacted]';
    }
  }
  return out;
}

/** A JSON body as recorded: `api_key` values redacted. */
export function redactBody(body: unknown): unknown {
  if (body && typeof body === 'object' && !Array.isArray(body) && 'api_key' in body) {
    return { ...body, api_key: '[redacted]' };
  }
  return body;
}

export class RequestLog {
  readonly entries: RecordedRequest[] = [];
  private readonly counts = new Map<string, number>();
  private total = 0;
  private seq = 0;

  add(entry: Omit<RecordedRequest, 'seq'>): RecordedRequest {
    const rec: RecordedRequest = { seq: ++this.seq, ...entry };
    this.entries.push(rec);
    if (this.entries.length > KEEP) this.entries.splice(0, this.entries.length - KEEP);
    this.counts.set(rec.routeKey, (this.counts.get(rec.routeKey) ?? 0) + 1);
    this.total++;
    return rec;
  }

  count(routeKey?: string): number {
    return routeKey === undefined ? this.total : (this.counts.get(routeKey) ?? 0);
  }

  countsByRoute(): Record<string, number> {
    return Object.fromEntries(this.counts);
  }

  clear(): void {
    this.entries.length = 0;
    this.counts.clear();
    this.total = 0;
  }
}
