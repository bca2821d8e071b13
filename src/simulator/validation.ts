/**
 * Request (and, for tests, response) validation against the generated JSON Schemas of
 * openapi/openapi.yaml. Each schema is compiled with `z.fromJSONSchema` once, on first use.
 */
import { z } from 'zod';
import { requestSchemas, responseSchemas } from '../../generated/schemas.js';

type JsonSchema = Parameters<typeof z.fromJSONSchema>[0];
type SchemaTable = Record<string, Record<string, unknown> | undefined>;

const compiled = new Map<string, z.ZodType | null>();

function compile(table: SchemaTable, key: string, sub: string): z.ZodType | undefined {
  const cacheKey = `${key}\u0000${sub}\u0000${table === (requestSchemas as SchemaTable) ? 'req' : 'res'}`;
  let schema = compiled.get(cacheKey);
  if (schema === undefined) {
    const json = table[key]?.[sub];
    schema = json ? z.fromJSONSchema(json as JsonSchema) : null;
    compiled.set(cacheKey, schema);
  }
  return schema ?? undefined;
}

/** The schema of a request body (`"GET /alerts/get-by-id"`, `"application/json"`), if the spec has one. */
export function requestSchema(routeKey: string, media: string): z.ZodType | undefined {
  return compile(requestSchemas as SchemaTable, routeKey, media);
}

/** The schema of a response body (`"GET /alerts/get-by-id"`, `200`), if the spec lists that status. */
export function responseSchema(routeKey: string, status: number | string): z.ZodType | undefined {
  return compile(responseSchemas as SchemaTable, routeKey, String(status));
}

/** Field → problem, in the service's style (`{"alert_id": "Missing data for required field."}`). */
export function fieldProblems(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      // defineProperty: a `__proto__` key is named as the field it is, not taken for the prototype.
      for (const k of issue.keys)
        Object.defineProperty(out, [...issue.path, k].join('.'), { value: 'Unknown field.', enumerable: true, writable: true, configurable: true });
      continue;
    }
    const field = issue.path.length ? issue.path.join('.') : '_schema';
    out[field] ??= issue.code === 'invalid_type' && issue.message.endsWith('received undefined') ? 'Missing data for required field.' : issue.message;
  }
  return out;
}
