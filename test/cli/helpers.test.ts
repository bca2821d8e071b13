/** The CLI's helpers, in-process: durations, CSV, the pool, the manifest, the email walk, progress. */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import { CliContext } from '../../src/cli/context.js';
import { csvRow, parseCsv, CsvSyntaxError } from '../../src/cli/lib/csv.js';
import { parseDurationMs, parseTimePoint } from '../../src/cli/lib/duration.js';
import { UsageError } from '../../src/cli/lib/usage-error.js';
import { collectEmailFiles } from '../../src/cli/lib/files.js';
import { ManifestWriter, loadManifest } from '../../src/cli/lib/manifest.js';
import { runPool } from '../../src/cli/lib/pool.js';
import { createProgress } from '../../src/cli/lib/progress.js';
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
  it('appends one line per entry and reads them back; a torn last line is skipped and not glued to the next', () =>
    withTempDir(async (dir) => {
      const file = path.join(dir, 'm.jsonl');
      const e = (n: number) => ({ sha256: String(n).repeat(64).slice(0, 64), file: `f${n}.eml`, alert_id: `id${n}`, sent_at: '2026-01-01T00:00:00.000Z' });
      await writeFile(file, `${JSON.stringify(e(1))}\n{"sha256":"22`);
      const w = await ManifestWriter.open(file);
      await Promise.all([w.append(e(3)), w.append(e(4))]);
      await w.close();
      const text = await readFile(file, 'utf8');
      expect(text.split('\n')).toHaveLength(5);
      const { entries, badLines } = await loadManifest(file);
      expect([...entries.keys()]).toEqual([e(1).sha256, e(3).sha256, e(4).sha256]);
      expect(entries.get(e(3).sha256)!.alert_id).toBe('id3');
      expect(badLines).toEqual([2]);
      expect((await loadManifest(path.join(dir, 'none.jsonl'))).entries.size).toBe(0);
    }));
});

describe('collectEmailFiles', () => {
  it('walks directories for .eml/.msg (and .zip only with a password), sorted, each file once', () =>
    withTempDir(async (dir) => {
      await mkdir(path.join(dir, 'd/sub'), { recursive: true });
      for (const f of ['d/b.eml', 'd/a.MSG', 'd/sub/c.eml', 'd/x.zip', 'd/notes.txt']) await writeFile(path.join(dir, f), 'x');
      const d = path.join(dir, 'd');
      const rel = (list: string[]) => list.map((f) => path.relative(dir, f));
      expect(rel(await collectEmailFiles([d], false))).toEqual(['d/a.MSG', 'd/b.eml', 'd/sub/c.eml']);
      expect(rel(await collectEmailFiles([d, path.join(d, 'b.eml')], true))).toEqual(['d/a.MSG', 'd/b.eml', 'd/sub/c.eml', 'd/x.zip']);
      await expect(collectEmailFiles([path.join(d, 'notes.txt')], false)).rejects.toThrow(/not an email file/);
      await expect(collectEmailFiles([path.join(dir, 'nope')], false)).rejects.toThrow(/no such file/);
    }));
});

describe('progress', () => {
  /** A stderr that says it is a terminal, keeping what is written. */
  function terminal(): { stream: NodeJS.WriteStream; text: () => string } {
    const stream = Object.assign(new PassThrough(), { isTTY: true, columns: 80 }) as unknown as NodeJS.WriteStream;
    let text = '';
    stream.on('data', (c: Buffer) => (text += c.toString('utf8')));
    return { stream, text: () => text };
  }
  const SHOW_CURSOR = '\x1b[?25h';

  it('the bar leaves SIGINT alone: an interrupt of the run (CliContext.interrupt) stops it', () => {
    const { stream, text } = terminal();
    const ctx = new CliContext();
    const listeners = process.listenerCount('SIGINT');
    const progress = createProgress(3, { enabled: true, label: 'test', stream, onInterrupt: (undo) => ctx.onInterrupt(undo) });
    expect(process.listenerCount('SIGINT')).toBe(listeners);
    progress.tick('a', false);
    expect(text()).not.toContain(SHOW_CURSOR);
    ctx.interrupt();
    expect(text()).toContain(SHOW_CURSOR);
  });

  it('stopping the bar takes its stop back from the run', () => {
    const unregister = vi.fn();
    createProgress(2, { enabled: true, label: 'test', stream: terminal().stream, onInterrupt: () => unregister }).stop();
    expect(unregister).toHaveBeenCalledOnce();
  });

  it('CliContext.interrupt runs each undo registered and not taken back, once', () => {
    const ctx = new CliContext();
    const kept = vi.fn();
    const taken = vi.fn();
    ctx.onInterrupt(kept);
    ctx.onInterrupt(taken)();
    ctx.interrupt();
    ctx.interrupt();
    expect(kept).toHaveBeenCalledOnce();
    expect(taken).not.toHaveBeenCalled();
  });
});
