/**
 * Dynamic Prism (`-d --seed N`, one instance per seed): answers generated from the spec's
 * schemas instead of its examples, for every status every operation documents. Whatever
 * comes, the facade must either return its typed value or throw a documented IntezerError,
 * never a TypeError or another raw error. Error statuses must keep their class whatever the
 * generated body holds. A generated 2xx body that breaks our own schema may surface as
 * ResponseValidationError (it is an IntezerError); those are counted and listed at the end.
 */
import { afterAll, describe, expect, inject, it } from 'vitest';
import { IntezerError, ResponseValidationError } from '../../src/index.js';
import { DRIVERS, settle } from './helpers/drivers.js';
import { expectedOutcome, statusOf } from './helpers/expectations.js';
import { usePrism } from './helpers/fixture.js';
import { SPEC_OPERATIONS, SPEC_RESPONSES } from './helpers/spec.js';

const fx = usePrism();
const { dynamic } = inject('prism');

/** Outcome counts: op → outcome ("ok" or the error class) → count, over every seed. */
const tally = new Map<string, Map<string, number>>();
const validationIssues = new Map<string, number>();

function count(op: string, outcome: string): void {
  const row = tally.get(op) ?? new Map<string, number>();
  row.set(outcome, (row.get(outcome) ?? 0) + 1);
  tally.set(op, row);
}

/** Every documented (operation, status), once (named examples mean nothing to a generator). */
const STATUSES = [...new Map(SPEC_RESPONSES.map((r) => [`${r.op} ${r.status}`, { op: r.op, status: r.status }])).values()];
const SUCCESSES = STATUSES.filter((s) => s.status < 400);
const ERRORS = STATUSES.filter((s) => s.status >= 400);

/**
 * Every seed gets every success status of every operation. Error answers share one schema
 * (ErrorBody), and Prism reseeds per answer, so a seed generates the same error body for
 * every error status: the error cases are dealt out over the seeds, each (operation, error
 * status) once, which keeps the run short without losing a generated body.
 */
const SEEDS = dynamic.map((d, index) => ({ ...d, cases: [...SUCCESSES, ...ERRORS.filter((_, i) => i % dynamic.length === index)] }));

describe.each(SEEDS)('seed $seed', ({ seed, url, cases }) => {
  it.each(cases)(`$op answers $status (generated)`, async ({ op, status }) => {
    const driver = DRIVERS[op]!;
    const client = fx.client({ prismUrl: url, maxRetries: 0, prefer: { ...driver.setup, [op]: { code: status } } });
    const outcome = await settle(driver.run(client));

    if (outcome.ok) {
      count(op, 'ok');
      driver.check(outcome.value);
      if (status >= 400) expect(expectedOutcome(op, status, undefined)).toEqual({ resolves: outcome.value });
      return;
    }
    const err = outcome.error;
    if (!(err instanceof IntezerError)) throw new Error(`seed ${seed}, ${op} ${status}: a raw ${String(err)} escaped the facade`, { cause: err });
    count(op, err.constructor.name);
    if (err instanceof ResponseValidationError) {
      expect(status).toBeLessThan(400);
      for (const issue of err.issues) {
        const where = `${err.operation} ${err.status} ${issue.path.map((p) => (typeof p === 'number' ? '[]' : p)).join('.')}: ${issue.message}`;
        validationIssues.set(where, (validationIssues.get(where) ?? 0) + 1);
      }
      return;
    }
    if (status >= 400) {
      // A generated 403 body is not "Insufficient Permissions": a quota answer.
      const expected = expectedOutcome(op, status, status === 403 ? 'quota' : undefined);
      if (!('throws' in expected)) throw new Error(`${op} ${status} should resolve to ${String(expected.resolves)}`, { cause: err });
      expect(err.constructor.name).toBe(expected.throws.name);
      expect(statusOf(err)).toBe(status);
    }
  });
});

describe('coverage', () => {
  it('every operation of openapi.yaml was called on every dynamic Prism', () => {
    expect(dynamic.length).toBeGreaterThan(1);
    for (const { url } of dynamic) expect(fx.recorder.operations(new URL(url).origin)).toEqual(new Set(SPEC_OPERATIONS));
  });

  it('every documented (operation, status) was generated on some seed', () => {
    const served = new Set(fx.recorder.exchanges.map((e) => `${e.op} ${e.status}`));
    expect(STATUSES.map((s) => `${s.op} ${s.status}`).filter((k) => !served.has(k))).toEqual([]);
  });
});

afterAll(() => {
  const classes = [...new Set(['ok', 'ResponseValidationError', ...[...tally.values()].flatMap((row) => [...row.keys()])])].sort();
  const totals = new Map<string, number>();
  const lines = [...tally.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([op, row]) => {
      for (const [k, v] of row) totals.set(k, (totals.get(k) ?? 0) + v);
      return `  ${op.padEnd(38)} ${classes.map((c) => `${c}=${row.get(c) ?? 0}`).join(' ')}`;
    });
  const summary = [
    `dynamic mode, seeds ${dynamic.map((d) => d.seed).join(',')}: outcomes per operation (success statuses on every seed, error statuses dealt over the seeds)`,
    ...lines,
    `  total: ${classes.map((c) => `${c}=${totals.get(c) ?? 0}`).join(' ')}`,
    ...(validationIssues.size ? ['  ResponseValidationError issues:', ...[...validationIssues].map(([k, n]) => `    ${n}× ${k}`)] : []),
  ].join('\n');
  console.log(summary);
});
