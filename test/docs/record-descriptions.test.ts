/**
 * The API reference describes record fields (AlertRecord, TriageResultRecord, ScanRecord, …)
 * with the OpenAPI document's descriptions, carried by the generated types' JSDoc. So every
 * property in openapi.yaml has a description of its own (a bare `$ref` carries none into the
 * generated comment), and the generator writes it as the comment's summary: openapi-typescript
 * writes `@description`, a tag TypeDoc warns about and shows apart from the summary.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { render } from '../../scripts/generate.js';

type Json = Record<string, unknown>;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const spec = parse(readFileSync(path.join(root, 'openapi/openapi.yaml'), 'utf8'), { maxAliasCount: -1 }) as Json;
const schemas = (spec.components as { schemas: Record<string, Json> }).schemas;

/** Every property (nested objects, array items and allOf/anyOf/oneOf members included) as "Schema.path". */
function properties(node: Json, at: string): [string, Json][] {
  const found: [string, Json][] = [];
  for (const [name, prop] of Object.entries((node.properties ?? {}) as Record<string, Json>)) {
    found.push([`${at}.${name}`, prop], ...properties(prop, `${at}.${name}`));
  }
  for (const key of ['allOf', 'anyOf', 'oneOf'] as const) {
    for (const [i, member] of ((node[key] ?? []) as Json[]).entries()) found.push(...properties(member, `${at}/${key}[${i}]`));
  }
  if (node.items && typeof node.items === 'object') found.push(...properties(node.items as Json, `${at}[]`));
  return found;
}

/** The comment right above `name?:` (or `name:`) inside the generated `components` type of one schema. */
function commentAbove(generated: string, schema: string, name: string): string | undefined {
  const components = generated.slice(generated.indexOf('export interface components {'));
  const start = components.indexOf(`\n        ${schema}: {`);
  const body = components.slice(start, components.indexOf('\n        }', start));
  const match = new RegExp(String.raw`/\*\*((?:(?!\*/)[\s\S])*)\*/\s*${name}\??:`).exec(body);
  return match?.[1];
}

describe('record field descriptions', () => {
  it('every property of every schema in openapi.yaml has a description of its own', () => {
    const bare = Object.entries(schemas)
      .flatMap(([name, schema]) => properties(schema, name))
      .filter(([, prop]) => typeof prop.description !== 'string' || prop.description.trim() === '')
      .map(([at]) => at);
    expect(bare).toEqual([]);
  });

  it('the generated types carry each description as the comment summary, never as a @description tag', async () => {
    const generated = (await render())['openapi.ts']!;
    expect(generated).not.toContain('@description');
    for (const schema of ['Alert', 'TriageResult', 'Scan']) {
      for (const [at, prop] of properties(schemas[schema]!, schema).filter(([p]) => p.split('.').length === 2)) {
        const firstLine = (prop.description as string).trim().split('\n')[0]!;
        const comment = commentAbove(generated, schema, at.split('.')[1]!);
        expect(comment, at).toBeDefined();
        // The summary is the comment's first text: `/** text */` or `/**\n * text`.
        expect(comment!.replace(/^\s*\*?\s*/, ''), at).toMatch(new RegExp(`^${firstLine.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
      }
    }
  });
});
