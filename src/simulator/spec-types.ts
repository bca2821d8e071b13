/**
 * What a handler receives, typed from the generated openapi-typescript types of
 * openapi/openapi.yaml: the request body an operation declares and its path parameters.
 */
import type { paths } from '../../generated/openapi.js';

export type SpecPath = keyof paths;
export type SpecMethod = 'GET' | 'POST' | 'DELETE';

type Operation<M extends SpecMethod, P extends SpecPath> = NonNullable<paths[P][Lowercase<M>]>;
type BodyOf<O> = O extends { requestBody: { content: infer C } }
  ? C[keyof C]
  : O extends { requestBody?: { content: infer C } }
    ? C[keyof C] | undefined
    : undefined;

/** The request body of `M P` as its schema declares it; `| undefined` when the body is optional. */
export type RequestBody<M extends SpecMethod, P extends SpecPath> = BodyOf<Operation<M, P>>;

/** The path parameters of `P`, decoded. */
export type PathParams<P extends SpecPath> = paths[P]['parameters'] extends { path: infer X } ? X : Record<string, never>;
