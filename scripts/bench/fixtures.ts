/**
 * Canned answers for the benchmark, taken from the examples of openapi/openapi.yaml so the
 * bodies are the realistic ones the document shows (a finished alert with three scans, the
 * three finished analysis reports).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

type Json = Record<string, unknown>;

export const API_PREFIX = '/api/v2-0';
export const ALERT_ID = '6a1cd8a0c4a8d8f3e1f0b2a9c7d6e5f4';

type Spec = { paths: Record<string, Record<string, { responses: Record<string, { content: Record<string, { examples: Record<string, { value: Json }> }> }> }>> };

function example(spec: Spec, path: string, status: string, name: string): Json {
  return spec.paths[path]!.get!.responses[status]!.content['application/json']!.examples[name]!.value;
}

export interface Fixtures {
  /** `GET /alerts/get-by-id` 200: `{ status: 'success', result: <finished alert> }`. */
  finishedAlert: Json;
  /** 200 bodies of the three analysis reads, by path prefix. */
  analyses: { file: Json; url: Json; endpoint: Json };
}

export function loadFixtures(): Fixtures {
  const spec = parse(readFileSync(fileURLToPath(new URL('../../openapi/openapi.yaml', import.meta.url)), 'utf8')) as Spec;
  return {
    finishedAlert: example(spec, '/alerts/get-by-id', '200', 'finished'),
    analyses: {
      file: example(spec, '/analyses/{analysis_id}', '200', 'succeeded'),
      url: example(spec, '/url/{analysis_id}', '200', 'succeeded'),
      endpoint: example(spec, '/endpoint-analyses/{analysis_id}', '200', 'succeeded'),
    },
  };
}

/**
 * `POST /alerts/search` pages over `total` alerts, each the example alert under its own id:
 * the alert's JSON is split around its id once, and a page is joined from the pieces.
 */
export function historyPager(finishedAlert: Json, total: number): (offset: number, limit: number) => string {
  const pieces = JSON.stringify(finishedAlert.result).split(ALERT_ID);
  return (offset, limit) => {
    const end = Math.min(total, Math.max(0, offset) + Math.max(0, limit));
    const alerts: string[] = [];
    for (let i = Math.max(0, offset); i < end; i++) alerts.push(pieces.join(i.toString(16).padStart(32, '0')));
    return `{"result":{"alerts_count":${total},"alerts":[${alerts.join(',')}]}}`;
  };
}
