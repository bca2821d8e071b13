import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe('npm run simulator (scripts/simulator.ts)', () => {
  it('prints its URLs, key and an example, logs requests without tokens, and stops cleanly on SIGTERM', async () => {
    const child = spawn(path.join(root, 'node_modules/.bin/tsx'), ['scripts/simulator.ts', '--port', '0', '--seed', '2'], { cwd: root });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    const waitFor = async (re: RegExp) => {
      for (let i = 0; i < 200 && !re.test(out); i++) await new Promise((r) => setTimeout(r, 25));
      expect(out).toMatch(re);
    };
    try {
      await waitFor(/Ctrl-C stops it/);
      const apiRoot = /API root\s+(\S+)/.exec(out)![1]!;
      expect(out).toMatch(/base URL\s+http:\/\/127\.0\.0\.1:\d+\/api\//);
      expect(out).toMatch(/API key\s+sim-api-key/);
      expect(out).toMatch(/INTEZER_ANALYZE_API_KEY=sim-api-key/);

      const tok = await fetch(`${apiRoot}/get-access-token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ api_key: 'sim-api-key' }),
      });
      const { result: token } = (await tok.json()) as { result: string };
      await fetch(`${apiRoot}/alerts/search`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: '{}',
      });
      await waitFor(/POST\s+\/api\/v2-0\/alerts\/search\s+→ 200\s+\d+ms/);
      expect(out).toMatch(/POST\s+\/api\/v2-0\/get-access-token\s+→ 200/);
      expect(out).not.toContain(token);
    } finally {
      child.kill('SIGTERM');
    }
    const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    expect(code).toBe(0);
  }, 15_000);
});
