/**
 * A yes/no check compiled from a JSON Schema, run before zod on every answer. zod copies the
 * whole value while it checks it, which made validation most of the client's own cost per
 * call (and per history page); this check allocates nothing. It is compiled to straight-line
 * JavaScript (one function per object and array schema), as zod compiles its own objects.
 *
 * It is never more lenient than `z.fromJSONSchema()` of the same schema: `true` means zod
 * would accept the value too, `false` means "ask zod", which then decides and reports. Each
 * keyword below is checked as zod 4 checks it, or more strictly; a schema holding any other
 * keyword is handed to zod whole (`fallback`), so the answer is zod's by construction.
 */
export type Check = (value: unknown) => boolean;
export type JsonSchema = boolean | { [keyword: string]: unknown };
type Schema = { [keyword: string]: unknown };

/** Keywords zod only records as metadata (or, for `default` and `readOnly`, that only widen or freeze). */
const ANNOTATIONS = new Set(['title', 'description', 'example', 'examples', 'deprecated', '$comment', 'default', 'readOnly', 'writeOnly']);
/** Keywords that constrain a value only in zod's typed branches; without `type` zod ignores them. */
const TYPED_ONLY = ['properties', 'required', 'additionalProperties', 'items', 'minItems', 'maxItems', 'minLength', 'maxLength', 'format', 'pattern', 'minimum', 'maximum'];
const KNOWN = new Set(['type', 'enum', 'const', 'anyOf', ...TYPED_ONLY]);

const isPrimitive = (v: unknown) => v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
const isObject = (v: unknown): v is Schema => typeof v === 'object' && v !== null && !Array.isArray(v);
const lit = (v: unknown) => JSON.stringify(v);

/** What the generated code is built from: helper functions, and the zod checks it calls. */
class Program {
  readonly functions: string[] = [];
  readonly fallbacks: Check[] = [];
  constructor(readonly fallback: (schema: JsonSchema) => Check) {}

  /** A function `name(v)` of `body`; its name. */
  define(body: string): string {
    const name = `c${this.functions.length}`;
    this.functions.push(`function ${name}(v) {\n${body}\n}`);
    return name;
  }

  /** An expression calling zod on `x` for `schema`. */
  delegate(schema: JsonSchema, x: string): string {
    this.fallbacks.push(this.fallback(schema));
    return `z[${this.fallbacks.length - 1}](${x})`;
  }
}

export function compileCheck(schema: JsonSchema, fallback: (schema: JsonSchema) => Check): Check {
  const program = new Program(fallback);
  const root = program.define(`return ${expression(schema, 'v', program)};`);
  const source = `"use strict";\n${program.functions.join('\n')}\nreturn ${root};`;
  return new Function('z', 'codePoints', source)(program.fallbacks, codePoints) as Check;
}

/** A boolean expression over the variable `x` (a plain identifier). */
function expression(schema: JsonSchema, x: string, p: Program): string {
  if (typeof schema === 'boolean') return schema ? 'true' : p.delegate(schema, x);
  const keys = Object.keys(schema).filter((k) => !ANNOTATIONS.has(k) && !k.startsWith('x-'));
  if (keys.some((k) => !KNOWN.has(k))) return p.delegate(schema, x);
  const typed = schema.type !== undefined || schema.enum !== undefined || schema.const !== undefined;

  if (schema.anyOf !== undefined) {
    // With a type beside it zod intersects the two; not worth mirroring.
    if (typed || !Array.isArray(schema.anyOf) || TYPED_ONLY.some((k) => k in schema)) return p.delegate(schema, x);
    return `(${schema.anyOf.map((s) => expression(s as JsonSchema, x, p)).join(' || ')})`;
  }
  if (!typed) return TYPED_ONLY.some((k) => k in schema) ? p.delegate(schema, x) : 'true';

  const parts: string[] = [];
  if (schema.enum !== undefined || schema.const !== undefined) {
    const values = schema.enum !== undefined ? schema.enum : [schema.const];
    if (!Array.isArray(values) || values.length === 0 || !values.every(isPrimitive)) return p.delegate(schema, x);
    parts.push(`(${values.map((v) => `${x} === ${lit(v)}`).join(' || ')})`);
  }
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? (schema.type as unknown[]) : [schema.type];
    const byType = types.map((t) => typeExpression(t, schema, x, p));
    if (byType.length === 0 || byType.some((e) => e === undefined)) return p.delegate(schema, x);
    parts.push(`(${byType.join(' || ')})`);
  }
  return parts.length === 1 ? parts[0]! : `(${parts.join(' && ')})`;
}

/** The check of one `type` with the keywords zod applies to it; undefined: leave it to zod. */
function typeExpression(type: unknown, s: Schema, x: string, p: Program): string | undefined {
  const num = (k: string) => (typeof s[k] === 'number' ? (s[k] as number) : undefined);
  const bounds = (value: string, min: number | undefined, max: number | undefined) =>
    (min === undefined ? '' : ` && ${value} >= ${min}`) + (max === undefined ? '' : ` && ${value} <= ${max}`);
  switch (type) {
    case 'string': {
      // Formats and patterns are zod's to check: on the string alone, as zod applies them.
      if (s.format !== undefined || s.pattern !== undefined) return p.delegate({ ...s, type: 'string' }, x);
      const min = num('minLength');
      const max = num('maxLength');
      // zod counts code points where units and code points could disagree; a count in
      // units is at least as many, so a maximum holds by units, a minimum needs the count.
      const atLeast = min === undefined ? '' : ` && (${x}.length >= ${2 * min} || codePoints(${x}) >= ${min})`;
      return `(typeof ${x} === "string"${atLeast}${bounds(`${x}.length`, undefined, max)})`;
    }
    case 'number':
      return `(typeof ${x} === "number" && Number.isFinite(${x})${bounds(x, num('minimum'), num('maximum'))})`;
    case 'integer':
      return `(Number.isSafeInteger(${x})${bounds(x, num('minimum'), num('maximum'))})`;
    case 'boolean':
      return `(typeof ${x} === "boolean")`;
    case 'null':
      return `(${x} === null)`;
    case 'array': {
      if (s.items !== undefined && !isObject(s.items) && typeof s.items !== 'boolean') return undefined;
      const item = s.items === undefined ? 'true' : expression(s.items as JsonSchema, 'x', p);
      const min = num('minItems');
      const max = num('maxItems');
      const lines = [`  if (!Array.isArray(v)${min === undefined ? '' : ` || v.length < ${min}`}${max === undefined ? '' : ` || v.length > ${max}`}) return false;`];
      if (item !== 'true') lines.push(`  for (let i = 0; i < v.length; i++) { const x = v[i]; if (!(${item})) return false; }`);
      lines.push('  return true;');
      return `${p.define(lines.join('\n'))}(${x})`;
    }
    case 'object':
      return objectExpression(s, x, p);
    default:
      return undefined;
  }
}

function objectExpression(s: Schema, x: string, p: Program): string | undefined {
  if (s.properties !== undefined && !isObject(s.properties)) return undefined;
  const required = new Set(Array.isArray(s.required) ? s.required : []);
  const lines = ['  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;', '  let x;'];
  const known: string[] = [];
  for (const [key, schema] of Object.entries(s.properties ?? {})) {
    known.push(key);
    // A required key that is absent: zod would run the schema on undefined; ask it.
    const absent = required.has(key) ? 'x === undefined || ' : 'x !== undefined && ';
    lines.push(`  x = v[${lit(key)}];`, `  if (${absent}!(${expression(schema as JsonSchema, 'x', p)})) return false;`);
  }
  // zod's passthrough (true or absent), strict (false) or catchall (a schema).
  const extra = s.additionalProperties;
  if (extra !== undefined && extra !== true) {
    const check = extra === false ? 'false' : expression(extra as JsonSchema, 'x', p);
    const isKnown = known.length ? `${known.map((k) => `k === ${lit(k)}`).join(' || ')}` : 'false';
    lines.push(`  for (const k of Object.keys(v)) { if (${isKnown}) continue; x = v[k]; if (!(${check})) return false; }`);
  }
  lines.push('  return true;');
  return `${p.define(lines.join('\n'))}(${x})`;
}

function codePoints(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}
