/**
 * The contract tests' transport: the SDK's own node:http transport, wrapped to
 *  - add a `Prefer` header (Prism's way to pick a status or a named example) to the calls
 *    of chosen operations, per client;
 *  - add the Content-Type Prism needs to the ingest's file part (see multipart.ts; the only
 *    change ever made to a request body);
 *  - record every exchange, so a test can be failed when Prism found that our request breaks
 *    our spec.
 *
 * How Prism reports a request that breaks the spec, with `--errors`: it answers with the
 * operation's 400 (or 422, or 401 for a missing token) example and sets an `sl-violations`
 * header; a path or method the spec lacks gets an `application/problem+json` error. Any of
 * these, or a request that belongs to no operation of the spec, is a violation.
 */
import type { Transport, WireRequest, WireResponse } from '../../../src/client/transport/types.js';
import { addFilePartContentType } from './multipart.js';
import { operationOf, responseKey } from './spec.js';

/** What to ask Prism for: a status, a named example, or both. */
export interface Prefer {
  code?: number;
  example?: string;
}

/** Preferences by operation ("METHOD /path"). */
export type PreferMap = Record<string, Prefer>;

export interface Exchange {
  /** The spec operation the request belongs to; undefined when none. */
  op: string | undefined;
  /** The Prism it went to. */
  origin: string;
  method: string;
  path: string;
  /** The request as the SDK made it (before the multipart fix). */
  request: { headers: Record<string, string>; body: string | Uint8Array | undefined };
  /** The multipart file part got its Content-Type added for Prism. */
  multipartFixed: boolean;
  prefer: Prefer | undefined;
  status: number;
  contentType: string | null;
  violations: string | null;
  body: string;
}

function preferHeader(p: Prefer): string {
  return [p.code !== undefined && `code=${p.code}`, p.example !== undefined && `example=${p.example}`].filter(Boolean).join(', ');
}

/** Why an exchange shows a request that breaks the spec, or undefined when it does not. */
export function violationOf(e: Exchange): string | undefined {
  const what = `${e.method} ${e.path} → ${e.status}`;
  if (e.op === undefined) return `${what}: no operation of openapi.yaml has this method and path`;
  if (e.violations !== null) return `${what}: Prism sl-violations ${e.violations}`;
  if (e.status === 422) return `${what}: 422 (Prism's answer to an invalid request)`;
  if (e.contentType?.includes('application/problem+json')) return `${what}: Prism error ${e.body}`;
  return undefined;
}

export class PrismRecorder {
  readonly exchanges: Exchange[] = [];

  constructor(private readonly base: Transport) {}

  /** A transport that records into this recorder and adds `prefer` to the chosen operations. */
  transport(prefer: PreferMap = {}): Transport {
    return async (req: WireRequest, options) => {
      const url = new URL(req.url);
      const op = operationOf(req.method, url.pathname);
      const wanted = op === undefined ? undefined : prefer[op];
      const requestHeaders: Record<string, string> = {};
      for (const [k, v] of Object.entries(req.headers)) requestHeaders[k.toLowerCase()] = v;
      const headers = wanted ? { ...requestHeaders, prefer: preferHeader(wanted) } : requestHeaders;
      let body = req.body;
      const contentType = requestHeaders['content-type'];
      const fixed = body instanceof Uint8Array && contentType?.startsWith('multipart/form-data') ? addFilePartContentType(body, contentType) : undefined;
      if (fixed) body = fixed;

      const res: WireResponse = await this.base({ url: req.url, method: req.method, headers, body, signal: req.signal }, options);
      this.exchanges.push({
        op,
        origin: url.origin,
        method: req.method,
        path: url.pathname,
        request: { headers: requestHeaders, body: req.body },
        multipartFixed: fixed !== undefined,
        prefer: wanted,
        status: res.status,
        contentType: res.headers['content-type'] ?? null,
        violations: res.headers['sl-violations'] ?? null,
        body: Buffer.from(res.body).toString('utf8'),
      });
      return res;
    };
  }

  /** The violations among the exchanges from index `from` on. */
  violations(from = 0): string[] {
    return this.exchanges.slice(from).flatMap((e) => violationOf(e) ?? []);
  }

  /** Throws when any exchange from index `from` on shows a request that breaks the spec. */
  assertNoViolations(from = 0): void {
    const found = this.violations(from);
    if (found.length) throw new Error(`Prism found requests that break openapi.yaml:\n  ${found.join('\n  ')}`);
  }

  /** The operations called (and answered without a violation), on any Prism or on the one at `origin`. */
  operations(origin?: string): Set<string> {
    return new Set(this.exchanges.filter((e) => !violationOf(e) && (origin === undefined || e.origin === origin)).map((e) => e.op!));
  }

  /**
   * The response variants served without a violation, as spec.responseKey() spells them: the
   * example name is the one asked for with Prefer (Prism serves exactly that or fails).
   */
  servedResponses(): Set<string> {
    return new Set(this.exchanges.filter((e) => !violationOf(e)).map((e) => responseKey(e.op!, e.status, e.prefer?.example)));
  }
}
