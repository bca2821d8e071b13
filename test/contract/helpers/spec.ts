/**
 * openapi/openapi.yaml read as data: its operations ("METHOD /path"), the responses each
 * documents (status and named examples, `$ref`s followed), and which operation a request
 * path belongs to. The contract tests are generated from this, so a status or an operation
 * added to the spec without a test shows up as a failed coverage assertion.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { SPEC_PATH } from './prism.js';

type Json = Record<string, unknown>;

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'] as const;

export const spec = parse(readFileSync(SPEC_PATH, 'utf8')) as Json;

function deref(node: unknown): Json {
  let n = node as Json;
  while (typeof n?.$ref === 'string') {
    const ref = n.$ref;
    if (!ref.startsWith('#/')) throw new Error(`external $ref not supported: ${ref}`);
    n = ref
      .slice(2)
      .split('/')
      .reduce<unknown>((at, key) => (at as Json)[key.replace(/~1/g, '/').replace(/~0/g, '~')], spec) as Json;
  }
  return n;
}

export interface SpecResponse {
  /** "METHOD /path". */
  op: string;
  status: number;
  /** Names of the response's `examples` (none when it has a single `example`). */
  examples: string[];
}

interface SpecOperation {
  op: string;
  method: string;
  template: string;
  pattern: RegExp;
  params: number;
  responses: SpecResponse[];
}

const operations: SpecOperation[] = [];
for (const [template, item] of Object.entries(spec.paths as Record<string, Json>)) {
  for (const method of METHODS) {
    const operation = item[method] as Json | undefined;
    if (!operation) continue;
    const op = `${method.toUpperCase()} ${template}`;
    const responses = Object.entries(deref(operation.responses)).map(([status, response]) => {
      const json = (deref(response).content as Json | undefined)?.['application/json'] as Json | undefined;
      return { op, status: Number(status), examples: Object.keys((json?.examples as Json | undefined) ?? {}) };
    });
    const source = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+');
    operations.push({
      op,
      method: method.toUpperCase(),
      template,
      pattern: new RegExp(`^${source}$`),
      params: (template.match(/\{/g) ?? []).length,
      responses,
    });
  }
}
// Literal paths before templated ones, so /alerts/get-by-id is not taken for /{result_url}.
const byPrecedence = [...operations].sort((a, b) => a.params - b.params || b.template.split('/').length - a.template.split('/').length);

/** Every operation of the spec, "METHOD /path". */
export const SPEC_OPERATIONS: readonly string[] = operations.map((o) => o.op).sort();

/** Every documented (operation, status), with the status's named examples. */
export const SPEC_RESPONSES: readonly SpecResponse[] = operations.flatMap((o) => o.responses);

/** The operation a request belongs to, or undefined when the spec has none for it. */
export function operationOf(method: string, pathname: string): string | undefined {
  const m = method.toUpperCase();
  return byPrecedence.find((o) => o.method === m && o.pattern.test(pathname))?.op;
}

/**
 * One key per response variant the spec documents: "METHOD /path status" plus the example
 * name where the status has named examples. What the contract tests must all produce.
 */
export function responseKeys(filter: (r: SpecResponse) => boolean = () => true): string[] {
  return SPEC_RESPONSES.filter(filter)
    .flatMap((r) => (r.examples.length ? r.examples.map((e) => responseKey(r.op, r.status, e)) : [responseKey(r.op, r.status)]))
    .sort();
}

/** The spec's response object of an operation and status (`$ref` followed). */
function specResponse(op: string, status: number): Json {
  const [method, template] = op.split(' ') as [string, string];
  const operation = deref((spec.paths as Record<string, Json>)[template])[method.toLowerCase()] as Json;
  return deref(deref(operation.responses)[String(status)]);
}

/** The JSON example of a response: the named one, or its single `example`. */
export function specExample(op: string, status: number, name?: string): unknown {
  const json = (specResponse(op, status).content as Json)['application/json'] as Json;
  return name === undefined ? json.example : deref((json.examples as Json)[name]).value;
}

/** A schema of components/schemas. */
export function specSchema(name: string): Json {
  return deref(((spec.components as Json).schemas as Json)[name]);
}

/** The example value of a response header. */
export function specHeaderExample(op: string, status: number, header: string): unknown {
  return deref((specResponse(op, status).headers as Json)[header]).example;
}

export function responseKey(op: string, status: number, example?: string): string {
  return example === undefined ? `${op} ${status}` : `${op} ${status} ${example}`;
}
