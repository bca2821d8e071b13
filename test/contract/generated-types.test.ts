/**
 * The TypeScript generated from openapi.yaml: open value sets read as their known values plus
 * any string (editors suggest the values, any string type-checks). The `expectTypeOf` lines
 * are checked by `tsc` (npm run typecheck); the rest at run time.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { components } from '../../generated/openapi.js';
import { REPO_ROOT } from './helpers/prism.js';
import { specSchema, spec } from './helpers/spec.js';

/** The literal members of a union: what an editor suggests (none for plain `string`). */
type KnownValues<T> = T extends string ? (string extends T ? never : T) : never;
type Schemas = components['schemas'];

const generated = readFileSync(path.join(REPO_ROOT, 'generated/openapi.ts'), 'utf8');
const block = (name: string) => {
  const start = generated.indexOf(`export interface ${name} {`);
  return generated.slice(start, generated.indexOf('\n}\n', start));
};

/** Names of the spec's open value sets: `anyOf: [{type: string, enum: [...]}, {type: string}]`. */
const OPEN_SETS = Object.keys((spec.components as { schemas: object }).schemas).filter((name) => {
  const anyOf = specSchema(name).anyOf as Record<string, unknown>[] | undefined;
  return anyOf?.length === 2 && Array.isArray(anyOf[0]!.enum) && anyOf[1]!.type === 'string' && Object.keys(anyOf[1]!).length === 1;
});

describe('open value sets in the generated types', () => {
  it('the spec has the open sets this SDK types (verdicts, sources, risk categories, scan types, …)', () => {
    expect(OPEN_SETS).toEqual(
      expect.arrayContaining(['AlertVerdict', 'AlertSource', 'ScanType', 'RiskCategory', 'ResponseStatus', 'CollectionStatus', 'ArtifactType']),
    );
  });

  it('components types each as its known values | (string & {}), in one copy of the schemas', () => {
    for (const name of OPEN_SETS) {
      const values = (specSchema(name).anyOf as { enum: string[] }[])[0]!.enum.map((v) => JSON.stringify(v)).join(' | ');
      const known = values.includes('|') ? `(${values})` : values;
      expect(block('components')).toContain(`${name}: ${known} | (string & {});`);
      expect(generated).not.toContain(`${name}: ${known} | string;`);
    }
  });

  it('Alert.source, triage_result.alert_verdict and Scan.scan_type keep their known values as members', () => {
    type Source = Exclude<Schemas['Alert']['source'], null | undefined>;
    expectTypeOf<KnownValues<Source>>().toEqualTypeOf<'s1' | 'cs' | 'splunk_siem' | 'microsoft_sentinel' | 'xsoar' | 'phishing_emails'>();
    expectTypeOf<'a_source_added_later'>().toExtend<Source>();
    type Verdict = Exclude<Schemas['TriageResult']['alert_verdict'], null | undefined>;
    expectTypeOf<KnownValues<Verdict>>().toEqualTypeOf<
      'confirmed_threat' | 'likely_true_positive' | 'suspicious_behavior' | 'false_positive' | 'inconclusive'
    >();
    expectTypeOf<KnownValues<Schemas['Scan']['scan_type']>>().toEqualTypeOf<'file' | 'url' | 'endpoint' | 'artifact'>();
    expectTypeOf<string>().toExtend<Schemas['Scan']['scan_type']>();
    expect(block('components')).toContain('source?: components["schemas"]["AlertSource"] | null;');
  });

  it('an alert record requires alert_id; the raw-data answer is the inline or the link form', () => {
    expectTypeOf<Schemas['Alert']['alert_id']>().toEqualTypeOf<string>();
    expectTypeOf<{ result: unknown }>().toExtend<Schemas['RawDataResponse']>();
    expectTypeOf<{ result_url: string; metadata: { environment: string; raw_data_type: string } }>().toExtend<Schemas['RawDataResponse']>();
    expect(specSchema('Alert').required).toEqual(['alert_id']);
  });
});
