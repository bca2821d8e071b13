/**
 * What a call of each operation takes and gives, read off the generated `paths`: the JSON
 * body, the path parameters and the documented success answers.
 */
import type { paths } from '../../generated/openapi.js';
import type { AnyOperation } from './operations.js';
import type { WireHeaders } from './transport/types.js';

/** The generated description of an operation. */
type OperationOf<O extends AnyOperation> = paths[O['path']][O['method']];

type JsonBodyOf<T> = T extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;
type PathParamsOf<T> = T extends { parameters: { path: infer P } } ? P : never;
type JsonOf<R> = R extends { content: { 'application/json': infer J } } ? J : never;
type SuccessStatus = 200 | 201 | 202;

/** The JSON body of every success status the document lists. */
export type SuccessOf<O extends AnyOperation> =
  OperationOf<O> extends { responses: infer R } ? { [S in keyof R & SuccessStatus]: JsonOf<R[S]> }[keyof R & SuccessStatus] : never;

/** An encoded multipart form. */
interface EncodedForm {
  body: Uint8Array;
  contentType: string;
}

/** The client adds `tenant_id` itself (operations.ts, `tenant`). */
type WithoutTenant<B> = [B] extends [never] ? never : Omit<B, 'tenant_id'>;

/** What a call passes: the body (JSON, without tenant_id, or the encoded form) and path parameters. */
export type ParamsOf<O extends AnyOperation> = (O['body'] extends 'multipart' ? { form: EncodedForm } : { body?: WithoutTenant<JsonBodyOf<OperationOf<O>>> }) &
  ([PathParamsOf<OperationOf<O>>] extends [never] ? { path?: never } : { path: PathParamsOf<OperationOf<O>> });

/** Options of the client's low-level calls (the facade passes them): the caller's abort signal, and the alert the call is about. */
export interface CallOptions {
  /** Aborting it rejects the call with the signal's reason at once and drops the request in flight. */
  signal?: AbortSignal;
  /** The alert the call is about: named by the alert errors a failure maps to. */
  alertId?: string;
}

/** What a low-level call resolves to: the HTTP status, the validated JSON body and the headers. */
export interface CallResult<D> {
  /** The HTTP status (a success status of the operation). */
  status: number;
  /** The answer's JSON body, validated against the OpenAPI document. */
  data: D;
  /** The answer's headers, names lower-cased. */
  headers: WireHeaders;
}
