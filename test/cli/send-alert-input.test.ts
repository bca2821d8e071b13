/**
 * `send-alert FILE` and `--mapping FILE` read only a regular file, and at most 16 MiB of it.
 * Before, both used readFile: a FIFO waited for a writer forever (the process outlived even a
 * kill of its parent), and /dev/zero filled memory until the read gave up at gigabytes.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startCli, simArgs, withSimulator, withTempDir } from './run-cli.js';

const T = 30_000;

/** The CLI's end, or a kill and a failure after `ms` (a read that hangs must not hang the suite). */
async function runBounded(args: string[], ms: number) {
  const run = startCli(args);
  const timer = setTimeout(() => run.child.kill('SIGKILL'), ms);
  try {
    return await run.done;
  } finally {
    clearTimeout(timer);
  }
}

describe('what send-alert reads', () => {
  it(
    'a FIFO as the alert file is a usage error at once (exit 2), nothing sent',
    () =>
      withSimulator({ seed: 0 }, (sim) =>
        withTempDir(async (dir) => {
          const fifo = path.join(dir, 'alert.json');
          execFileSync('mkfifo', [fifo]);
          const r = await runBounded([...simArgs(sim), 'send-alert', fifo, '--source', 's1'], 10_000);
          expect(r.signal).toBeNull();
          expect(r.code).toBe(2);
          expect(r.stderr).toContain('is not a regular file');
          expect(sim.requests.filter((q) => q.routeKey === 'POST /alerts/ingest')).toHaveLength(0);
        }),
      ),
    T,
  );

  it.skipIf(!existsSync('/dev/zero'))(
    '/dev/zero as the mapping file is a usage error at once (exit 2), nothing sent',
    () =>
      withSimulator({ seed: 0 }, (sim) =>
        withTempDir(async (dir) => {
          const file = path.join(dir, 'alert.json');
          await writeFile(file, JSON.stringify({ id: 'det-1' }));
          const r = await runBounded([...simArgs(sim), 'send-alert', file, '--source', 's1', '--mapping', '/dev/zero'], 10_000);
          expect(r.signal).toBeNull();
          expect(r.code).toBe(2);
          expect(r.stderr).toContain('/dev/zero is not a regular file');
          expect(sim.requests.filter((q) => q.routeKey === 'POST /alerts/ingest')).toHaveLength(0);
        }),
      ),
    T,
  );
});
