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

/** 32 hex digits from `n` and `salt`: a fixed-seed hash, so every run serves the same pages. */
function hex32(n: number, salt: number): string {
  let h = (Math.imul(n + 1, 0x9e3779b1) ^ Math.imul(salt + 1, 0x85ebca77)) >>> 0;
  let out = '';
  for (let i = 0; i < 4; i++) {
    h = Math.imul(h ^ (h >>> 16), 0x45d9f3b) >>> 0;
    h = (h ^ (h >>> 13)) >>> 0;
    out += h.toString(16).padStart(8, '0');
  }
  return out;
}

const uuid = (hex: string) => `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`;

/**
 * `POST /alerts/search` pages over `total` alerts, each the example alert under ids of its own
 * (alert, first analysis) and its own update time, so that a page compresses about as a real
 * one does (some 13:1 with gzip, not the 60:1 of identical copies): the alert's JSON is
 * split around those values once, and a page is joined from the pieces.
 */
export function historyPager(finishedAlert: Json, total: number): (offset: number, limit: number) => string {
  const json = JSON.stringify(finishedAlert.result);
  // The first scan's analysis differs from alert to alert; the others are shared (as when
  // many alerts come from one campaign).
  const analysisIds = [...json.matchAll(/"analysis_id":"([0-9a-f-]{36})"/g)].map((m) => m[1]!).slice(0, 1);
  const time = /"alert_update_time":"([^"]+)"/.exec(json)![1]!;
  const varied = new RegExp(`(${[ALERT_ID, time, ...analysisIds].map((v) => v.replace(/[+.]/g, '\\$&')).join('|')})`);
  const start = Date.parse(time);
  const parts = json.split(varied).map((piece): string | ((i: number) => string) => {
    if (piece === ALERT_ID) return (i) => hex32(i, 0);
    if (piece === time) return (i) => new Date(start - i * 7_000).toISOString().replace('.000Z', '+00:00');
    const k = analysisIds.indexOf(piece);
    return k >= 0 ? (i) => uuid(hex32(i, k + 1)) : piece;
  });
  const alertJson = (i: number) => {
    let out = '';
    for (const part of parts) out += typeof part === 'string' ? part : part(i);
    return out;
  };
  return (offset, limit) => {
    const end = Math.min(total, Math.max(0, offset) + Math.max(0, limit));
    const alerts: string[] = [];
    for (let i = Math.max(0, offset); i < end; i++) alerts.push(alertJson(i));
    return `{"result":{"alerts_count":${total},"alerts":[${alerts.join(',')}]}}`;
  };
}
