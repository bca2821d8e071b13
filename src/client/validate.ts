/**
 * Runtime validation of answers against the OpenAPI document: the JSON Schemas in
 * generated/schemas.ts become zod schemas on first use of each (operation, status) and are
 * kept. Only validation is done: the caller keeps the original object, so fields the
 * service added after our document was written pass through untouched. A check compiled
 * beside each zod schema (schema-check.ts) passes a conforming answer without zod's copy;
 * anything else goes to zod, which decides and names the issues.
 */
import { z } from 'zod';
import { responseSchemas } from '../../generated/schemas.js';
import { ResponseValidationError } from './errors.js';
import { compileCheck, type Check, type JsonSchema } from './schema-check.js';

type OperationKey = keyof typeof responseSchemas;
interface Compiled {
  zod: z.ZodType;
  conforms: Check;
}
/** By operation, then status: no key is built per call. */
const compiled = new Map<string, Map<number, Compiled | null>>();

const toZod = (schema: JsonSchema) => z.fromJSONSchema(schema as Parameters<typeof z.fromJSONSchema>[0]);

function compile(operation: string, status: number): Compiled | null | undefined {
  const hit = compiled.get(operation)?.get(status);
  if (hit !== undefined) return hit;
  const byStatus = (responseSchemas as Record<string, Record<string, unknown>>)[operation];
  if (!byStatus) return undefined;
  const schema = byStatus[String(status)] ?? byStatus[`${String(status)[0]}XX`];
  if (schema === undefined) return undefined;
  const entry =
    schema === null
      ? null
      : {
          zod: toZod(schema as JsonSchema),
          conforms: compileCheck(schema as JsonSchema, (part) => {
            const zod = toZod(part);
            return (v) => zod.safeParse(v).success;
          }),
        };
  let byOperation = compiled.get(operation);
  if (!byOperation) compiled.set(operation, (byOperation = new Map()));
  byOperation.set(status, entry);
  return entry;
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
  if (schema === null || schema.conforms(body)) return;
  const result = schema.zod.safeParse(body);
  if (!result.success) {
    throw new ResponseValidationError(
      operation,
      status,
      result.error.issues.map((i) => ({ path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)), message: i.message })),
    );
  }
}

export type { OperationKey };
