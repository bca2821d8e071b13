/**
 * Runtime validation of answers against the OpenAPI document: the JSON Schemas in
 * generated/schemas.ts become zod schemas on first use of each (operation, status) and are
 * kept. Only validation is done: the caller keeps the original object, so fields the
 * service added after our document was written pass through untouched.
 */
import { z } from 'zod';
import { responseSchemas } from '../../generated/schemas.js';
import { responseValidationError } from './error-factory.js';
import type { SecretScrubber } from './redact.js';

type OperationKey = keyof typeof responseSchemas;
/** By operation, then status: no key string is built per call. */
const compiled = new Map<string, Map<number, z.ZodType | null>>();

/**
 * The same schema in the forms zod checks fastest, with the same verdicts:
 *  - open value sets (`anyOf: [{type: string, enum: [known…]}, {type: string}]`) accept any
 *    string: checked as the plain type, so zod does not try (and fail, building issues)
 *    the enum before the string for every newer value;
 *  - "X or null" (`type: [X, 'null']`, `anyOf: [X, {type: 'null'}]`) becomes X marked
 *    `nullable`, which zod reads (OpenAPI 3.0 style) as X.nullable() instead of a union.
 * Measured: about half the validation time of a finished alert.
 */
function simplify(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(simplify);
  if (schema === null || typeof schema !== 'object') return schema;
  const s = schema as Record<string, unknown>;
  if (Array.isArray(s.anyOf) && s.anyOf.length === 2) {
    const [known, open] = s.anyOf as Record<string, unknown>[];
    if (known?.enum && open && Object.keys(open).length === 1 && open.type === known.type) {
      const { anyOf: _, ...rest } = s;
      return simplify({ ...rest, type: open.type });
    }
  }
  if (Array.isArray(s.type) && s.type.length === 2 && s.type.includes('null')) {
    return simplify({ ...s, type: s.type.find((t) => t !== 'null'), nullable: true });
  }
  if (Array.isArray(s.anyOf) && s.anyOf.length === 2) {
    const i = (s.anyOf as Record<string, unknown>[]).findIndex((o) => o && Object.keys(o).length === 1 && o.type === 'null');
    const other = (s.anyOf as Record<string, unknown>[])[1 - i];
    if (i !== -1 && other && other.nullable === undefined) {
      const { anyOf: _, ...rest } = s;
      return simplify({ ...rest, ...other, nullable: true });
    }
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(s)) out[k] = simplify(v);
  return out;
}

function compile(operation: string, status: number): z.ZodType | null | undefined {
  let byOperation = compiled.get(operation);
  const hit = byOperation?.get(status);
  if (hit !== undefined || byOperation?.has(status)) return hit;
  const byStatus = (responseSchemas as Record<string, Record<string, unknown>>)[operation];
  if (!byStatus) return undefined;
  const schema = byStatus[String(status)] ?? byStatus[`${String(status)[0]}XX`];
  if (schema === undefined) return undefined;
  const zod = schema === null ? null : z.fromJSONSchema(simplify(schema) as Parameters<typeof z.fromJSONSchema>[0], { defaultTarget: 'openapi-3.0' });
  if (!byOperation) compiled.set(operation, (byOperation = new Map()));
  byOperation.set(status, zod);
  return zod;
}

/**
 * Throws ResponseValidationError when `body` breaks the document for `operation` ("GET /path")
 * and `status`, or when the document lists no such answer.
 */
export function validateResponse(operation: OperationKey | string, status: number, body: unknown, secrets?: SecretScrubber): void {
  const schema = compile(operation, status);
  if (schema === undefined) {
    throw responseValidationError(operation, status, [{ path: [], message: `HTTP ${status} is not an answer the API documents for this call` }], secrets);
  }
  if (schema === null) return;
  const result = schema.safeParse(body);
  if (!result.success) {
    throw responseValidationError(
      operation,
      status,
      result.error.issues.map((i) => ({ path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)), message: i.message })),
      secrets,
    );
  }
}

export type { OperationKey };
