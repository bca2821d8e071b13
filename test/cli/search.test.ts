/** `search`: every output format parsed back, the filters on the wire, and streaming. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../src/simulator/index.js';
import { ALERT_COLUMNS } from '../../src/cli/lib/alert-formats.js';
import { parseCsv } from '../../src/cli/lib/csv.js';
import { filterFlags } from '../../src/cli/lib/filter-flags.js';
import { jsonLines, runCli, simArgs, spawnCli } from './run-cli.js';

const T = 30_000;
const COLUMNS = ['alert_id', 'environment', 'source', 'verdict', 'family', 'alert_update_time'];
type Row = Record<string, string>;

let sim: Simulator;
const expected = new Map<string, Row>();

beforeAll(async () => {
  sim = await startSimulator({ seed: 230 });
  sim.addAlert({ environment: 'lab, "east"', source: 'xsoar', verdict: 'confirmed_threat', familyName: 'Odd, "Quoted" Family' });
  for (const a of sim.alerts()) {
    expected.set(a.alertId, {
      alert_id: a.alertId,
      environment: a.environment,
      source: a.source,
      verdict: a.triage.verdict,
      family: a.triage.familyName ?? '',
    });
  }
});
afterAll(() => sim.close());

/** What a table shows of a value: cut to the column's width with "…" (the id never). */
function asShown(row: Row): Row {
  return Object.fromEntries(
    Object.entries(row).map(([k, v]) => {
      const i = COLUMNS.indexOf(k);
      const width = ALERT_COLUMNS[i]![1];
      return [k, i > 0 && v.length > width ? `${v.slice(0, width - 1)}…` : v];
    }),
  );
}

function pick(row: Row): Row {
  const { alert_update_time, ...rest } = row;
  expect(alert_update_time).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/);
  return rest;
}

function fromRecord(r: Record<string, unknown>): Row {
  const t = (r.triage_result ?? {}) as Record<string, unknown>;
  return {
    alert_id: r.alert_id as string,
    environment: r.environment as string,
    source: r.source as string,
    verdict: (t.alert_verdict as string) ?? '',
    family: (t.family_name as string | null) ?? '',
    alert_update_time: r.alert_update_time as string,
  };
}

/** Table rows cut at the columns' offsets in the header; "-" is an empty cell. */
function parseTable(text: string): Row[] {
  const [header, ...lines] = text.split('\n').filter((l) => l !== '');
  const starts = COLUMNS.map((c) => header!.indexOf(c.toUpperCase()));
  expect(starts.every((s, i) => s >= 0 && (i === 0 || s > starts[i - 1]!))).toBe(true);
  return lines.map((line) =>
    Object.fromEntries(
      COLUMNS.map((c, i) => {
        const cell = line.slice(starts[i], i + 1 < COLUMNS.length ? starts[i + 1] : undefined).trim();
        return [c, cell === '-' ? '' : cell];
      }),
    ),
  );
}

describe('intezer-alerts search', () => {
  it(
    'table, json, jsonl and csv each hold every alert, paged through',
    async () => {
      const before = sim.count('POST /alerts/search');
      const formats = ['table', 'json', 'jsonl', 'csv'] as const;
      const runs = await Promise.all(formats.map((f) => runCli([...simArgs(sim), 'search', '--page-size', '50', '--format', f])));
      for (const r of runs) {
        expect(r.stderr).toBe('');
        expect(r.code).toBe(0);
      }
      const [table, json, jsonl, csv] = runs.map((r) => r.stdout) as [string, string, string, string];
      const parsed: Record<(typeof formats)[number], Row[]> = {
        table: parseTable(table),
        json: (JSON.parse(json) as Record<string, unknown>[]).map(fromRecord),
        jsonl: jsonLines(jsonl).map(fromRecord),
        csv: (() => {
          const [head, ...rows] = parseCsv(csv);
          expect(head!.fields).toEqual(COLUMNS);
          return rows.map((r) => Object.fromEntries(COLUMNS.map((c, i) => [c, r.fields[i]!])));
        })(),
      };
      for (const f of formats) {
        const rows = parsed[f];
        expect(rows, f).toHaveLength(expected.size);
        expect(new Set(rows.map((r) => r.alert_id)).size, f).toBe(expected.size);
        for (const row of rows) {
          const want = expected.get(row.alert_id!)!;
          expect(pick(row), f).toEqual(f === 'table' ? asShown(want) : want);
        }
      }
      // The odd family survives csv quoting; json and jsonl keep the full records.
      expect(csv).toContain('"Odd, ""Quoted"" Family"');
      expect(table).toContain('Odd, "Quoted" F…');
      expect(JSON.parse(json)[0]).toHaveProperty('triage_result');
      // 231 alerts at 50 a page: 5 requests per run.
      expect(sim.count('POST /alerts/search') - before).toBe(4 * 5);
    },
    T,
  );

  it(
    'the filters reach the wire and the answer honours them',
    async () => {
      const from = sim.requests.length;
      const r = await runCli([
        ...simArgs(sim),
        'search',
        '--since',
        '20d',
        '--until',
        'now',
        '--source',
        's1',
        '--source',
        'cs,xsoar',
        '--verdict',
        'confirmed_threat,false_positive',
        '--environment',
        'production',
        '--sort-order',
        'asc',
        '--format',
        'jsonl',
      ]);
      expect(r.code).toBe(0);
      const body = sim.requests.slice(from).find((q) => q.routeKey === 'POST /alerts/search')!.body as Record<string, unknown>;
      expect(body).toMatchObject({
        sources: ['s1', 'cs', 'xsoar'],
        alert_verdicts: ['confirmed_threat', 'false_positive'],
        environments: ['production'],
        sort_order: 'asc',
        offset: 0,
        limit: 100,
      });
      const now = Date.now() / 1000;
      expect(body.start_time as number).toBeGreaterThan(now - 20 * 86400 - 120);
      expect(body.start_time as number).toBeLessThan(now - 20 * 86400 + 5);
      expect(body.end_time as number).toBeGreaterThan(now - 120);
      const rows = jsonLines(r.stdout).map(fromRecord);
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        expect(['s1', 'cs', 'xsoar']).toContain(row.source);
        expect(['confirmed_threat', 'false_positive']).toContain(row.verdict);
        expect(row.environment).toBe('production');
      }
    },
    T,
  );

  it(
    "every filter of the shared table has its flag, and each reaches the wire under the filter's wire name",
    async () => {
      const from = sim.requests.length;
      const args = filterFlags().flatMap((f) => [`--${f.name}`, `${f.name} a,b`]);
      const r = await runCli([...simArgs(sim), 'search', ...args, '--format', 'jsonl']);
      // The only lines on stderr: the values outside a known set, sent as given, two per such filter.
      const warned = r.stderr.split('\n').filter((l) => l !== '');
      expect(warned).toHaveLength(10);
      for (const l of warned)
        expect(l).toMatch(/^intezer-alerts: warn: intezer-sdk: (sources|alertVerdicts|riskCategories|responseStatuses|sortBy): ".+" is not a known value/);
      expect(r.code).toBe(0);
      const body = sim.requests.slice(from).find((q) => q.routeKey === 'POST /alerts/search')!.body as Record<string, unknown>;
      for (const { filter, name } of filterFlags()) {
        // A string is sent as given; list values are split on the comma, but a command line is kept whole.
        const want = filter.kind === 'string' ? `${name} a,b` : name === 'process-commandline' ? [`${name} a,b`] : [`${name} a`, 'b'];
        expect(body[filter.wire], name).toEqual(want);
      }
    },
    T,
  );

  it(
    '--limit-total stops early and asks only for what it needs; 0 prints just the header',
    async () => {
      const from = sim.requests.length;
      const [five, none] = await Promise.all([
        runCli([...simArgs(sim), 'search', '--limit-total', '5', '--format', 'csv']),
        runCli([...simArgs(sim), 'search', '--limit-total', '0', '--format', 'json']),
      ]);
      expect(five.code).toBe(0);
      expect(parseCsv(five.stdout)).toHaveLength(6);
      const searches = sim.requests.slice(from).filter((q) => q.routeKey === 'POST /alerts/search');
      expect(searches).toHaveLength(1);
      expect(searches[0]!.body).toMatchObject({ limit: 5 });
      expect(none.code).toBe(0);
      expect(JSON.parse(none.stdout)).toEqual([]);
    },
    T,
  );

  it(
    'streams: the first page is written before the later pages were even requested',
    async () => {
      sim.inject('POST /alerts/search', { kind: 'delay', ms: 150 }, 1000);
      try {
        const base = sim.count('POST /alerts/search');
        const child = spawnCli([...simArgs(sim), 'search', '--page-size', '20', '--format', 'jsonl']);
        let out = '';
        let searchesAtFirstPage: number | undefined;
        child.stdout!.setEncoding('utf8').on('data', (c: string) => {
          out += c;
          if (searchesAtFirstPage === undefined && out.split('\n').length > 20) searchesAtFirstPage = sim.count('POST /alerts/search') - base;
        });
        const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
        expect(code).toBe(0);
        expect(jsonLines(out)).toHaveLength(expected.size);
        const pages = Math.ceil(expected.size / 20);
        expect(sim.count('POST /alerts/search') - base).toBe(pages);
        // The first 20 alerts were out while at most the second page had been asked for.
        expect(searchesAtFirstPage).toBeLessThanOrEqual(2);
      } finally {
        sim.clearFaults();
      }
    },
    T,
  );
});
