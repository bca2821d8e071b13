/**
 * Logs where they belong: the default logger writes every level to stderr, one line each,
 * so a script's stdout stays its own (before, debug and info went to stdout, several lines
 * per attempt); INTEZER_LOG is read in any case, and a value it does not know is a warning
 * (before, INTEZER_LOG=DEBUG made every constructor throw).
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClientLog, type Logger } from '../../src/client/log.js';
import { Secrets } from '../../src/client/redact.js';
import { startSimulator, type Simulator } from '../../src/simulator/index.js';
import { runCli, simArgs } from '../cli/run-cli.js';

const SCRIPT = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures/print-alert.ts');
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const T = 30_000;

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ seed: 3 });
});
afterAll(() => sim.close());

function runScript(env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('INTEZER_')));
  const child = spawn(process.execPath, ['--import', TSX, SCRIPT, sim.alerts()[0]!.alertId], {
    env: { ...clean, NO_COLOR: '1', INTEZER_ANALYZE_API_KEY: sim.apiKey, INTEZER_ANALYZE_BASE_URL: sim.baseUrl, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
  child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** stdout is the alert's JSON and nothing else. */
function expectOnlyTheAlert(stdout: string): void {
  const lines = stdout.split('\n').filter((l) => l !== '');
  expect(lines).toHaveLength(1);
  expect(JSON.parse(lines[0]!)).toMatchObject({ alert_id: sim.alerts()[0]!.alertId });
}

describe('the default logger', () => {
  it.each(['DEBUG', 'debug', 'Info'])(
    'INTEZER_LOG=%s: the lines go to stderr, one line each; stdout holds only the script’s JSON',
    async (level) => {
      const r = await runScript({ INTEZER_LOG: level });
      expect(r.code).toBe(0);
      expectOnlyTheAlert(r.stdout);
      const lines = r.stderr.split('\n').filter((l) => l !== '');
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) expect(line).toMatch(/^intezer-sdk: (debug|info): \S/);
      if (level.toLowerCase() === 'debug') {
        expect(lines.filter((l) => /^intezer-sdk: debug: \[c\d+\] GET \/alerts\/get-by-id → 200 in \d+ ms \(attempt 1\)$/.test(l))).toHaveLength(1);
      }
      expect(r.stderr).not.toContain(sim.apiKey);
    },
    T,
  );

  it(
    'an INTEZER_LOG it does not know: one warning on stderr, and the script runs at warn',
    async () => {
      const r = await runScript({ INTEZER_LOG: 'verbose' });
      expect(r.code).toBe(0);
      expectOnlyTheAlert(r.stdout);
      expect(r.stderr).toBe('intezer-sdk: warn: INTEZER_LOG=verbose is not a log level (off, error, warn, info, debug): logging at warn\n');
    },
    T,
  );
});

describe('the CLI', () => {
  it(
    'INTEZER_LOG=DEBUG: get runs (exit 0), the alert on stdout, the SDK’s debug lines on stderr',
    async () => {
      const r = await runCli([...simArgs(sim), 'get', sim.alerts()[0]!.alertId, '--format', 'json'], { env: { INTEZER_LOG: 'DEBUG' } });
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout)).toMatchObject({ alert_id: sim.alerts()[0]!.alertId });
      expect(r.stderr).toMatch(/^intezer-alerts: debug: intezer-sdk: \[c\d+\] GET \/alerts\/get-by-id → 200/m);
    },
    T,
  );
});

describe('a log line is one line', () => {
  it('line breaks in a message become spaces, for any logger', () => {
    const messages: string[] = [];
    const at = (m: string) => void messages.push(m);
    const logger: Logger = { debug: at, info: at, warn: at, error: at };
    const log = new ClientLog(logger, 'debug', new Secrets());
    log.warn('the service said:\n  "busy"\r\nretrying');
    expect(messages).toEqual(['intezer-sdk: the service said: "busy" retrying']);
  });
});
