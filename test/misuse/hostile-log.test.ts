/**
 * The log under attack. Before: control characters in an echoed value (an ANSI escape, a bell,
 * a bidi override) reached the terminal raw; an async logger's rejected promise crashed the
 * process (an unhandled rejection); the warned-once set held each unknown value whole, so a
 * thousand 1 MB values kept a gigabyte; a megabyte-long value blocked the event loop for
 * seconds while its nearest known value was computed; and the default logger crashed the
 * program with EPIPE when its stderr reader went away (`2>&1 | head -1`).
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ClientLog, type Logger } from '../../src/client/log.js';
import { Secrets } from '../../src/client/redact.js';
import { IntezerClient, InvalidArgumentError, queryAlertsHistory } from '../../src/index.js';
import { ok } from '../helpers/answers.js';
import { API_KEY, closedPort } from '../helpers/fixture.js';
import { useFakeService } from '../facade/service.js';

const svc = useFakeService();
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

function recorder(): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  const at = (m: string) => void lines.push(m);
  return { logger: { debug: at, info: at, warn: at, error: at }, lines };
}

describe('a log line cannot rewrite the terminal', () => {
  it('control characters in a message are shown escaped, for any logger', () => {
    const { logger, lines } = recorder();
    new ClientLog(logger, 'debug', new Secrets()).warn('the service said: \u001b[2J\u001b[31mOK\u0007\b\u0085\u009b\u202eevil\tend');
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toMatch(CONTROL);
    expect(lines[0]).toContain('\\x1b[2J\\x1b[31mOK\\x07\\x08');
    expect(lines[0]).toContain('\\u202eevil\\x09end');
  });

  it('an unknown filter value with an ANSI escape and a quote is warned about quoted as JSON, on one clean line', async () => {
    svc.routes({ 'POST /alerts/search': () => ok.alertsList });
    const { logger, lines } = recorder();
    await queryAlertsHistory({ alertVerdicts: ['x" is fine\u001b[0m\r\nintezer-sdk: all good'], client: svc.client({ logger }) }).all();
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toMatch(CONTROL);
    expect(lines[0]).toContain('alertVerdicts: "x\\" is fine\\u001b[0m\\r\\nintezer-sdk: all good" is not a known value');
  });
});

describe('a secret in an unknown value', () => {
  it('the API key inside a long unknown value is redacted before the value is cut: no part of it is logged', async () => {
    svc.routes({ 'POST /alerts/search': () => ok.alertsList });
    const { logger, lines } = recorder();
    // Cut at 80 characters, the value would end inside the key.
    await queryAlertsHistory({ alertVerdicts: [`${'v'.repeat(60)}${API_KEY}`], client: svc.client({ logger }) }).all();
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain(API_KEY.slice(0, 16));
  });
});

describe('a logger that fails never fails, nor crashes, the caller', () => {
  it('a logger whose method getter throws is an InvalidArgumentError when the client is made, not a raw error', () => {
    const logger = {
      info() {},
      warn() {},
      error() {},
      get debug(): () => void {
        throw new Error('no debug here');
      },
    };
    expect(() => new IntezerClient({ apiKey: 'a-key-long-enough', logger })).toThrow(InvalidArgumentError);
  });

  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => void unhandled.push(reason);
  beforeEach(() => {
    unhandled.length = 0;
    process.on('unhandledRejection', onUnhandled);
  });
  afterEach(() => {
    process.off('unhandledRejection', onUnhandled);
  });

  const rejecting = (): Logger => {
    const fail = async () => {
      throw new Error('the log service is down');
    };
    return { debug: fail, info: fail, warn: fail, error: fail };
  };

  it('an async logger whose promise rejects: the call works and no rejection is left unhandled', async () => {
    svc.routes({ 'POST /alerts/search': () => ok.alertsList });
    const client = svc.client({ logger: rejecting(), logLevel: 'debug' });
    const page = await queryAlertsHistory({ alertVerdicts: ['not-a-verdict'], client }).all();
    expect(page.length).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(unhandled).toEqual([]);
  });

  it('the INTEZER_LOG warning to an async logger that rejects leaves no rejection unhandled', async () => {
    const saved = process.env.INTEZER_LOG;
    process.env.INTEZER_LOG = `nonsense${Date.now()}`;
    try {
      new IntezerClient({ apiKey: 'a-key-long-enough', logger: rejecting() }).close();
    } finally {
      if (saved === undefined) delete process.env.INTEZER_LOG;
      else process.env.INTEZER_LOG = saved;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(unhandled).toEqual([]);
  });
});

describe('unknown values cost bounded memory and time', () => {
  it('a thousand distinct 256 KiB values warned once each keep well under their size', () => {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    const log = new ClientLog(recorder().logger, 'off', new Secrets());
    gc();
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < 1000; i++) {
      // A flat string of its own each time (no rope sharing a common tail).
      const value = Buffer.alloc(256 * 1024, 97 + (i % 26)).toString('latin1') + i;
      log.warnOnce(`alertVerdicts\u0000${value}`, 'unknown');
    }
    gc();
    const grown = process.memoryUsage().heapUsed - before;
    // Held whole, the keys alone would be 256 MiB.
    expect(grown).toBeLessThan(32 * 1024 * 1024);
  });

  it('a megabyte-long unknown value is warned about at once (no quadratic search for the nearest)', async () => {
    svc.routes({ 'POST /alerts/search': () => ok.alertsList });
    const { logger, lines } = recorder();
    const started = performance.now();
    await queryAlertsHistory({ alertVerdicts: ['x'.repeat(1024 * 1024)], sources: ['y'.repeat(1024 * 1024)], client: svc.client({ logger }) }).all();
    expect(performance.now() - started).toBeLessThan(1500);
    expect(lines).toHaveLength(2);
  });
});

describe('the default logger when its reader goes away', () => {
  const SCRIPT = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures/log-a-lot.ts');
  const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

  it('EPIPE on stderr (`2>&1 | head -1`) does not crash the program: it runs on and exits 0', async () => {
    const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('INTEZER_')));
    const child = spawn(process.execPath, ['--import', TSX, SCRIPT, String(await closedPort())], { env: clean, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
    // The reader reads one chunk and leaves, as head -1 does.
    child.stderr.once('data', () => child.stderr.destroy());
    const code = await new Promise<number | null>((resolve, reject) => {
      child.on('error', reject);
      child.on('close', resolve);
    });
    expect(stdout).toBe('still alive\n');
    expect(code).toBe(0);
  }, 30_000);
});
