/** The CLI's helpers, in-process: durations, CSV, the pool, the manifest, the email walk. */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvRow, parseCsv, CsvSyntaxError } from '../../src/cli/lib/csv.js';
import { parseDurationMs, parseTimePoint } from '../../src/cli/lib/duration.js';
import { UsageError } from '../../src/cli/lib/usage-error.js';
import { collectEmailFiles } from '../../src/cli/lib/files.js';
import { Ledger } from '../../src/cli/lib/ledger.js';
import { ManifestWriter, loadManifest, manifestKey, type ManifestStatus } from '../../src/cli/lib/manifest.js';
import { runPool } from '../../src/cli/lib/pool.js';
import { withTempDir } from './run-cli.js';

describe('durations and times', () => {
  it('reads 90s, 12h, 7d, 1h30m and bare milliseconds', () => {
    expect(parseDurationMs('90s')).toBe(90_000);
    expect(parseDurationMs('12h')).toBe(12 * 3_600_000);
    expect(parseDurationMs('7d')).toBe(7 * 86_400_000);
    expect(parseDurationMs('1h30m')).toBe(5_400_000);
    expect(parseDurationMs('1500')).toBe(1500);
    expect(parseDurationMs('250ms')).toBe(250);
    for (const bad of ['', 'abc', '7x', '1h 30m', '-5s']) expect(() => parseDurationMs(bad), bad).toThrow(UsageError);
  });

  it('reads a duration ago, "now" and ISO 8601; refuses a bare number', () => {
    const now = Date.parse('2026-05-10T12:00:00Z');
    expect(parseTimePoint('7d', now).toISOString()).toBe('2026-05-03T12:00:00.000Z');
    expect(parseTimePoint('12h', now).toISOString()).toBe('2026-05-10T00:00:00.000Z');
    expect(parseTimePoint('now', now).getTime()).toBe(now);
    expect(parseTimePoint('2026-04-01', now).toISOString()).toBe('2026-04-01T00:00:00.000Z');
    expect(parseTimePoint('2026-04-01T10:00:00+02:00', now).toISOString()).toBe('2026-04-01T08:00:00.000Z');
    for (const bad of ['7', 'yesterday', '2026-13-45', '']) expect(() => parseTimePoint(bad, now), bad).toThrow(UsageError);
  });
});

describe('csv', () => {
  it('writes fields that need it quoted and reads them back', () => {
    const values = ['plain', 'a,b', 'say "hi"', 'two\nlines', ' padded', ''];
    const [rec] = parseCsv(csvRow(values));
    expect(rec!.fields).toEqual(values);
  });

  it('numbers records by the line they start on, skips blank lines and a BOM', () => {
    const text = '\ufeffid,environment\r\n\r\n"a\nb",x\nc,\n';
    expect(parseCsv(text)).toEqual([
      { line: 1, fields: ['id', 'environment'] },
      { line: 3, fields: ['a\nb', 'x'] },
      { line: 5, fields: ['c', ''] },
    ]);
  });

  it('refuses an unclosed quote or text after a closing quote, naming the line', () => {
    expect(() => parseCsv('id\n"abc\n')).toThrow(new CsvSyntaxError(2, 'a quoted field is not closed'));
    expect(() => parseCsv('id\n"a"b\n')).toThrow(CsvSyntaxError);
  });
});

describe('runPool', () => {
  it('never runs more than the limit at once and runs every item', async () => {
    let running = 0;
    let peak = 0;
    const done: number[] = [];
    await runPool([...Array(20).keys()], 3, async (n) => {
      running++;
      peak = Math.max(peak, running);
      await new Promise((r) => setTimeout(r, 1 + (n % 3)));
      running--;
      done.push(n);
    });
    expect(peak).toBe(3);
    expect(done.sort((a, b) => a - b)).toEqual([...Array(20).keys()]);
  });

  it('stops taking items after a worker throws and rethrows that error', async () => {
    const started: number[] = [];
    await expect(
      runPool([...Array(10).keys()], 2, async (n) => {
        started.push(n);
        if (n === 1) throw new Error('boom');
        await new Promise((r) => setTimeout(r, 5));
      }),
    ).rejects.toThrow('boom');
    expect(started.length).toBeLessThan(10);
  });
});

describe('manifest', () => {
  const dest = { apiRoot: 'https://analyze.intezer.com/api/v2-0', environment: 'soc' };
  const sha = (n: number) => String(n).repeat(64).slice(0, 64);
  const e = (n: number, status: ManifestStatus = 'sent') => ({
    api_root: dest.apiRoot,
    environment: dest.environment,
    sha256: sha(n),
    status,
    file: `f${n}.eml`,
    at: '2026-01-01T00:00:00+00:00',
    ...(status === 'sent' && { alert_id: `id${n}` }),
  });

  it('appends one line per entry and reads them back by destination; a torn last line is skipped and not glued to the next', () =>
    withTempDir(async (dir) => {
      const file = path.join(dir, 'm.jsonl');
      await writeFile(file, `${JSON.stringify(e(1))}\n{"api_root":"x","sha256":"22`);
      const w = await ManifestWriter.open(file);
      await Promise.all([w.append(e(3, 'sending')), w.append(e(3)), w.append(e(4, 'unknown'))]);
      await w.close();
      const text = await readFile(file, 'utf8');
      expect(text.split('\n')).toHaveLength(6);
      const { entries, badLines, legacy } = await loadManifest(file);
      expect([...entries.keys()]).toEqual([sha(1), sha(3), sha(4)].map((s) => manifestKey(dest, s)));
      // The last line of a key wins.
      expect(entries.get(manifestKey(dest, sha(3)))).toMatchObject({ status: 'sent', alert_id: 'id3' });
      expect(entries.get(manifestKey({ ...dest, environment: null }, sha(3)))).toBeUndefined();
      expect(badLines).toEqual([2]);
      expect(legacy.size).toBe(0);
      expect((await loadManifest(path.join(dir, 'none.jsonl'))).entries.size).toBe(0);
    }));

  it('keeps lines of the first format apart: they name no server, so they never count as sent anywhere', () =>
    withTempDir(async (dir) => {
      const file = path.join(dir, 'old.jsonl');
      await writeFile(file, `${JSON.stringify({ sha256: sha(5), file: 'a.eml', alert_id: 'old-id', sent_at: '2026-01-01T00:00:00Z' })}\n`);
      const loaded = await loadManifest(file);
      expect(loaded.entries.size).toBe(0);
      expect(loaded.legacy.get(sha(5))).toMatchObject({ alert_id: 'old-id' });
      const ledger = new Ledger(loaded, undefined, dest);
      expect(ledger.prior(sha(5))).toEqual({ kind: 'check', alertId: 'old-id' });
      expect(ledger.prior(sha(6))).toEqual({ kind: 'none' });
    }));

  it('a send of unknown outcome, or one cut short, means: ask the service (for the alert named by the SHA-256) before sending again', async () => {
    const loaded = {
      entries: new Map([e(1, 'sending'), e(2, 'unknown'), e(3, 'failed'), e(4)].map((x) => [manifestKey(dest, x.sha256), x] as const)),
      legacy: new Map(),
      badLines: [],
    };
    const ledger = new Ledger(loaded, undefined, dest);
    expect(ledger.prior(sha(1))).toEqual({ kind: 'check', alertId: sha(1) });
    expect(ledger.prior(sha(2))).toEqual({ kind: 'check', alertId: sha(2) });
    expect(ledger.prior(sha(3))).toEqual({ kind: 'none' });
    expect(ledger.prior(sha(4))).toEqual({ kind: 'sent', alertId: 'id4' });
    expect(new Ledger(loaded, undefined, { ...dest, apiRoot: 'https://other/api/v2-0' }).prior(sha(4))).toEqual({ kind: 'none' });
  });
});

describe('collectEmailFiles', () => {
  it('walks directories for .eml/.msg (and .zip only with a password), sorted, each file once', () =>
    withTempDir(async (dir) => {
      await mkdir(path.join(dir, 'd/sub'), { recursive: true });
      for (const f of ['d/b.eml', 'd/a.MSG', 'd/sub/c.eml', 'd/x.zip', 'd/notes.txt']) await writeFile(path.join(dir, f), 'x');
      const d = path.join(dir, 'd');
      const rel = (list: string[]) => list.map((f) => path.relative(dir, f));
      const without = await collectEmailFiles([d], false);
      expect(rel(without.files)).toEqual(['d/a.MSG', 'd/b.eml', 'd/sub/c.eml']);
      expect(rel(without.zipsLeftOut)).toEqual(['d/x.zip']);
      const withZip = await collectEmailFiles([d, path.join(d, 'b.eml')], true);
      expect(rel(withZip.files)).toEqual(['d/a.MSG', 'd/b.eml', 'd/sub/c.eml', 'd/x.zip']);
      expect(withZip.zipsLeftOut).toEqual([]);
      await expect(collectEmailFiles([path.join(d, 'notes.txt')], false)).rejects.toThrow(/not an email file/);
      await expect(collectEmailFiles([path.join(dir, 'nope')], false)).rejects.toThrow(/no such file/);
    }));
});
