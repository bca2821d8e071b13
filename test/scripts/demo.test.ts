import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe('npm run demo', () => {
  it('walks every flow against the embedded simulator and exits 0', async () => {
    const { stdout } = await promisify(execFile)(path.join(root, 'node_modules/.bin/tsx'), ['scripts/demo.ts'], {
      cwd: root,
      env: { ...process.env, INTEZER_ANALYZE_API_KEY: '' },
      timeout: 60_000,
    });
    for (const heading of [
      'Send a phishing email',
      'Send an EDR alert',
      'Fetch it by id',
      'Poll an alert by hand',
      'Raw data, notify, delete',
      'Bulk fetch by id',
      'Search alert history',
    ]) {
      expect(stdout).toContain(`== ${heading}`);
    }
    expect(stdout).toMatch(/verdict\s+confirmed_threat/);
    expect(stdout).toMatch(/file scan .* → malicious/);
    expect(stdout).toMatch(/sent again\s+409, already held as [0-9a-f]{32}/);
    expect(stdout).toMatch(/delete\s+finished/);
    expect(stdout).toMatch(/asked \/ found\s+5 \/ 5/);
    expect(stdout).toContain('Done: every flow');
  }, 90_000);
});
