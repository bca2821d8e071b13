/**
 * Runtime validation of answers against the OpenAPI document: the JSON Schemas in
 * generated/schemas.ts become zod schemas on first use of each (operation, status) and are
 * kept. Only validation is done: the caller keeps the original object, so fields the
 * service added after our document was written pass through untouched.
 */
import { z } from 'zod';
import { responseSchemas } from '../../generated/schemas.js';
import { ResponseValidationError } from './errors.js';

type OperationKey = keyof typeof responseSchemas;
const compiled = new Map<string, z.ZodType | null>();

function compile(operation: string, status: number): z.ZodType | null | undefined {
  const cacheKey = `${operation} ${status}`;
  if (compiled.has(cacheKey)) return compiled.get(cacheKey);
  const byStatus = (responseSchemas as Record<string, Record<string, unknown>>)[operation];
  if (!byStatus) return undefined;
  const schema = byStatus[String(status)] ?? byStatus[`${String(status)[0]}XX`];
  if (schema === undefined) return undefined;
  const zod = schema === null ? null : z.fromJSONSchema(schema as Parameters<typeof z.fromJSONSchema>[0]);
  compiled.set(cacheKey, zod);
  return zod;
}

/**
 * Throws ResponseValidationError when `body` breaks the document for `operation` ("GET /path")
 * and `status`, or when the document lists no such answer.
 */
export function validateResponse(operation: OperationKey | string, status: number, body: unknown): void {
  const schema = compile(operation, status);
  if (schema === undefined) {
    throw new ResponseValidationError(operation, status, [{ path: [], message: `HTTP ${status} is not an answer the API documents for this call` }]);
  }
  if (schema === null) return;
  const result = schema.safeParse(body);
  if (!result.success) {
    throw new ResponseValidationError(
      operation,
      status,
      result.error.issues.map((i) => ({ path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)), message: i.message })),
    );
  }
}

export type { OperationKey };
