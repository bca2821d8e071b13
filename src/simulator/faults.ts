/** Injected faults (per route key, for the next N calls) and the rate limiter. */
import type { Fault, RateLimitOptions } from './types.js';
import { fail, type Reply } from './reply.js';

interface Pending {
  fault: Fault;
  remaining: number;
}

export class FaultBook {
  private readonly queues = new Map<string, Pending[]>();

  inject(route: string, fault: Fault, times = 1): void {
    if (!(times >= 1)) return;
    const queue = this.queues.get(route) ?? [];
    queue.push({ fault, remaining: Math.floor(times) });
    this.queues.set(route, queue);
  }

  clear(): void {
    this.queues.clear();
  }

  /** The fault for this call, if any: the route's own queue first, then "*"; first injected, first used. */
  take(routeKey: string): Fault | undefined {
    for (const key of [routeKey, '*']) {
      const queue = this.queues.get(key);
      const head = queue?.[0];
      if (!queue || !head) continue;
      if (--head.remaining <= 0) queue.shift();
      if (queue.length === 0) this.queues.delete(key);
      return head.fault;
    }
    return undefined;
  }
}

function rateLimitHeaders(limit: number, resetSec: number, retryAfterSec: number): Record<string, string> {
  return {
    'Retry-After': String(retryAfterSec),
    'X-RateLimit-Limit': String(limit),
    'X-RateLimit-Remaining': '0',
    'X-RateLimit-Reset': String(resetSec),
  };
}

/** The answer of a `status` fault; 429 (and any status given a retryAfterSec) carries Retry-After. */
export function statusFaultReply(fault: Extract<Fault, { kind: 'status' }>, now: number): Reply {
  const reply = fail(fault.status);
  if (fault.status === 429) {
    const retry = fault.retryAfterSec ?? 1;
    reply.headers = rateLimitHeaders(100, Math.ceil(now / 1000) + retry, retry);
  } else if (fault.retryAfterSec !== undefined) {
    reply.headers = { 'Retry-After': String(fault.retryAfterSec) };
  }
  return reply;
}

/** Fixed one-second windows; calls above `perSecond` in a window answer 429. */
export class RateLimiter {
  private opts: RateLimitOptions | null = null;
  private window = 0;
  private used = 0;

  set(opts: RateLimitOptions | null): void {
    this.opts = opts;
    this.used = 0;
  }

  /** Counts the call; answers the 429 when it is over the limit, else the headers to add (if limiting). */
  check(now: number): { limited: Reply } | { headers?: Record<string, string> } {
    if (!this.opts) return {};
    const window = Math.floor(now / 1000);
    if (window !== this.window) {
      this.window = window;
      this.used = 0;
    }
    const limit = this.opts.perSecond;
    const resetSec = window + 1;
    if (this.used >= limit) {
      const retry = this.opts.retryAfterSec ?? Math.max(1, Math.ceil((resetSec * 1000 - now) / 1000));
      return { limited: { ...fail(429), headers: rateLimitHeaders(limit, resetSec, retry) } };
    }
    this.used++;
    return {
      headers: {
        'X-RateLimit-Limit': String(limit),
        'X-RateLimit-Remaining': String(limit - this.used),
        'X-RateLimit-Reset': String(resetSec),
      },
    };
  }
}
