import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe('scripts/sync-crash.ts --quick', () => {
  it('sync --follow killed with kill -9 twice while alerts change, restarted each time: every state exactly once, no torn line', async () => {
    const { stdout } = await promisify(execFile)(path.join(root, 'node_modules/.bin/tsx'), ['scripts/sync-crash.ts', '--quick'], {
      cwd: root,
      env: { ...process.env, INTEZER_ANALYZE_API_KEY: '' },
      timeout: 90_000,
    });
    expect(stdout.match(/^kill \d: SIGKILL/gm)).toHaveLength(2);
    expect(stdout).toMatch(/duplicates 0, missing 0, unexpected 0, unparsable lines 0, torn tail false/);
    expect(stdout).toContain('RESULT: every state exactly once, no torn line');
  }, 120_000);
});
