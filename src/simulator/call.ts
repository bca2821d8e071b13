/**
 * What a handler gets for one call of its operation. Its own module, so the handlers and the
 * route table (routes.ts), which imports them, do not import each other.
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { Part } from './multipart.js';
import type { SimState } from './sim-state.js';
import type { PathParams, RequestBody, SpecMethod, SpecPath } from './spec-types.js';

export interface CallContext {
  /** The multipart parts (ingest only). */
  parts: Part[];
  headers: IncomingHttpHeaders;
  query: URLSearchParams;
  now: number;
  state: SimState;
}

/** One call of the operation `M P`, as its handler gets it. */
export interface Call<M extends SpecMethod, P extends SpecPath> extends CallContext {
  params: PathParams<P>;
  /** The body, validated against the operation's request schema (the form's fields for multipart). */
  body: RequestBody<M, P>;
}
