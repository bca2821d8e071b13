/**
 * Remakes everything in generated/ from openapi/openapi.yaml:
 *   generated/openapi.ts      — openapi-typescript types (paths, components)
 *   generated/schemas.ts      — dereferenced JSON Schemas of every request and response body,
 *                               keyed by "METHOD /path" and status, for runtime validation
 * `--check` writes nothing and exits 1 when generated/ is stale.
 *
 * Open value sets (`anyOf: [{type: string, enum: [...]}, {type: string}]`) are typed in
 * `components` as the known values plus `(string & {})`: openapi-typescript writes
 * `"a" | "b" | string`, which TypeScript collapses to `string`, so editors would not suggest
 * the known values. (openapi-fetch's own answer types would mangle `string & {}` through its
 * `Readable<T>`, openapi-typescript issue #2765; the client reads answer types off `paths`
 * itself, src/client/call-types.ts, so they keep the suggestions.)
 */
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import ts from 'typescript';
import { parse } from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const specPath = path.join(root, 'openapi', 'openapi.yaml');
const outDir = path.join(root, 'generated');
const STAMP = '// generated — do not edit. Remade by `npm run generate` from openapi/openapi.yaml.\n';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
const METHODS = ['get', 'post', 'put', 'delete', 'patch'] as const;

function resolvePointer(doc: Json, ref: string): Json {
  if (!ref.startsWith('#/')) throw new Error(`external $ref not supported: ${ref}`);
  let node: Json = doc;
  for (const part of ref.slice(2).split('/')) {
    const key = part.replace(/~1/g, '/').replace(/~0/g, '~');
    if (node === null || typeof node !== 'object' || Array.isArray(node) || !(key in node)) {
      throw new Error(`unresolvable $ref ${ref}`);
    }
    node = node[key]!;
  }
  return node;
}

const ANNOTATIONS = new Set(['example', 'examples', 'description', 'summary']);
const NAME_MAPS = new Set(['properties', 'patternProperties', '$defs', 'content', 'headers']);

/** Inline every local $ref (the document has no cycles; a cycle would throw). */
function deref(doc: Json, node: Json, seen: string[] = [], namesMap = false): Json {
  if (Array.isArray(node)) return node.map((n) => deref(doc, n, seen));
  if (node === null || typeof node !== 'object') return node;
  if (typeof node.$ref === 'string') {
    if (seen.includes(node.$ref)) throw new Error(`cyclic $ref ${node.$ref}`);
    return deref(doc, resolvePointer(doc, node.$ref), [...seen, node.$ref]);
  }
  const out: { [k: string]: Json } = {};
  for (const [k, v] of Object.entries(node)) {
    // Annotation-only keywords carry no validation and bloat the output.
    // Under `properties` the keys are field names, never annotations.
    if (!namesMap && ANNOTATIONS.has(k)) continue;
    out[k] = deref(doc, v, seen, !namesMap && NAME_MAPS.has(k));
  }
  return out;
}

function bodySchemas(doc: any) {
  const requests: Record<string, Record<string, Json>> = {};
  const responses: Record<string, Record<string, Json>> = {};
  for (const [p, item] of Object.entries<any>(doc.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const key = `${method.toUpperCase()} ${p}`;
      const reqContent = op.requestBody ? (deref(doc, op.requestBody) as any).content : undefined;
      if (reqContent) {
        requests[key] = {};
        for (const [mt, media] of Object.entries<any>(reqContent)) requests[key][mt] = media.schema ?? {};
      }
      responses[key] = {};
      for (const [status, resp] of Object.entries<any>(op.responses ?? {})) {
        const r = deref(doc, resp) as any;
        const schema = r.content?.['application/json']?.schema;
        responses[key][status] = schema ?? null;
      }
    }
  }
  return { requests, responses };
}

/** A string literal or a union of them (openapi-typescript writes a literal as the identifier `"a"`). */
function isStringLiterals(node: ts.Node): boolean {
  if (ts.isParenthesizedTypeNode(node)) return isStringLiterals(node.type);
  if (ts.isUnionTypeNode(node)) return node.types.every(isStringLiterals);
  if (ts.isIdentifier(node)) return node.text.startsWith('"');
  return ts.isLiteralTypeNode(node) && ts.isStringLiteral(node.literal);
}

/** `"a" | "b" | string` → `"a" | "b" | (string & {})`; any other type is left to openapi-typescript. */
function openValueSet(type: ts.TypeNode): ts.TypeNode | undefined {
  if (!ts.isUnionTypeNode(type)) return undefined;
  const members = type.types;
  const plain = members.findIndex((t) => t.kind === ts.SyntaxKind.StringKeyword);
  if (plain < 0 || !members.some((t, i) => i !== plain && isStringLiterals(t))) return undefined;
  const anyString = ts.factory.createIntersectionTypeNode([
    ts.factory.createKeywordTypeNode(ts.SyntaxKind.StringKeyword),
    ts.factory.createTypeLiteralNode([]),
  ]);
  return ts.factory.createUnionTypeNode(members.map((t, i) => (i === plain ? ts.factory.createParenthesizedType(anyString) : t)));
}

/**
 * openapi-typescript writes a schema's description as `@description …`, a tag TypeDoc does not
 * know (it warns, and shows it apart from the summary). Make it the comment's summary instead:
 * title or summary first, then the description, then `Format: …`, then the tags.
 */
function descriptionAsSummary(code: string): string {
  return code.replace(/\/\*\*([\s\S]*?)\*\//g, (comment, inner: string) => {
    if (!inner.includes('@description ')) return comment;
    if (!inner.includes('\n')) return `/**${inner.replace(' @description ', ' ')}*/`;
    const lines = inner.split('\n');
    const indent = lines.at(-1)!;
    const entries: string[][] = [];
    for (const line of lines.slice(1, -1)) {
      const text = line.replace(/^\s*\* ?/, '');
      // addJSDocComment indents an entry's later lines by four spaces.
      if (text.startsWith('    ') && entries.length) entries.at(-1)!.push(text);
      else entries.push([text]);
    }
    const kind = (e: string[]) => (e[0]!.startsWith('@description ') ? 1 : e[0]!.startsWith('Format: ') ? 2 : e[0]!.startsWith('@') ? 3 : 0);
    const paragraphs = [0, 1, 2].map((k) =>
      entries
        .filter((e) => kind(e) === k)
        .flat()
        .map((t) => (k === 1 ? t.replace(/^@description /, '').replace(/^ {4}/, '') : t)),
    );
    const body = paragraphs.filter((p) => p.length).flatMap((p, i) => (i ? ['', ...p] : p));
    body.push(...entries.filter((e) => kind(e) === 3).flat());
    return `/**\n${body.map((t) => `${indent}*${t ? ` ${t}` : ''}`.trimEnd()).join('\n')}\n${indent}*/`;
  });
}

/** generated/openapi.ts: openapi-typescript's types, open value sets as the known values plus `(string & {})`. */
async function typesFile(doc: OpenAPI3): Promise<string> {
  return STAMP + descriptionAsSummary(astToString(await openapiTS(doc, { alphabetize: false, postTransform: openValueSet })));
}

export async function render(): Promise<Record<string, string>> {
  const text = await readFile(specPath, 'utf8');
  const doc = parse(text, { maxAliasCount: -1 });
  const types = await typesFile(doc);
  const { requests, responses } = bodySchemas(doc);
  const schemas =
    STAMP +
    '/* eslint-disable */\n' +
    '/** JSON Schema (2020-12) of each request body, by "METHOD /path" and media type. */\n' +
    `export const requestSchemas = ${JSON.stringify(requests, null, 2)} as const;\n\n` +
    '/** JSON Schema (2020-12) of each JSON response body, by "METHOD /path" and status; null: no JSON body. */\n' +
    `export const responseSchemas = ${JSON.stringify(responses, null, 2)} as const;\n`;
  return { 'openapi.ts': types, 'schemas.ts': schemas };
}

async function main() {
  const check = process.argv.includes('--check');
  const files = await render();
  let stale = 0;
  await mkdir(outDir, { recursive: true });
  for (const [name, content] of Object.entries(files)) {
    const target = path.join(outDir, name);
    const current = await readFile(target, 'utf8').catch(() => null);
    if (current === content) continue;
    if (check) {
      console.error(`generated/${name} is stale: run \`npm run generate\` and commit the result.`);
      stale++;
    } else {
      await writeFile(target, content);
      console.log(`wrote generated/${name}`);
    }
  }
  if (check && stale) process.exit(1);
  if (check) console.log('generated/ is up to date.');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
