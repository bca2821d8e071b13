/**
 * The client's log: a console-compatible logger behind a level (option, then INTEZER_LOG,
 * then warn). debug: one line per HTTP attempt; info: token renewals and each retry with its
 * reason and delay. No line or detail ever holds the key, a token or a proxy password.
 */
import { inspect } from 'node:util';
import { describe, expect, it, vi } from 'vitest';
import { getAlertById } from '../../src/client/endpoints.js';
import { InvalidArgumentError } from '../../src/client/errors.js';
import type { Logger } from '../../src/client/log.js';
import { ALERT_ID, ok } from '../helpers/answers.js';
import { API_KEY, rejectionOf, useWireServer } from '../helpers/fixture.js';
import { bearerOf } from '../helpers/wire-server.js';

const wire = useWireServer();

interface Line {
  level: keyof Logger;
  message: string;
  details: Record<string, unknown> | undefined;
}

function recorder(): { logger: Logger; lines: Line[] } {
  const lines: Line[] = [];
  const at = (level: keyof Logger) => (message: string, details?: Record<string, unknown>) => void lines.push({ level, message, details });
  return { logger: { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') }, lines };
}

describe('what is logged at each level', () => {
  it('debug: one line per HTTP attempt, with method, path, status, duration and attempt number', async () => {
    const { logger, lines } = recorder();
    wire.server.reply({ status: 503, json: { error: 'busy' } }, ok.alert);
    await getAlertById(wire.client({ logger, logLevel: 'debug' }), ALERT_ID);
    const attempts = lines.filter((l) => l.level === 'debug');
    expect(attempts.map((l) => [l.details?.method, l.details?.path, l.details?.status, l.details?.attempt])).toStrictEqual([
      ['POST', '/get-access-token', 200, 1],
      ['GET', '/alerts/get-by-id', 503, 1],
      ['GET', '/alerts/get-by-id', 200, 2],
    ]);
    for (const l of attempts) expect(typeof l.details?.ms).toBe('number');
    expect(attempts[1]!.message).toMatch(/GET \/alerts\/get-by-id → 503 in \d+ ms \(attempt 1\)/);
  });

  it('info: the token renewal and each retry with its reason and delay; no attempt lines', async () => {
    const { logger, lines } = recorder();
    wire.server.reply({ reset: true }, ok.alert);
    await getAlertById(wire.client({ logger, logLevel: 'info' }), ALERT_ID);
    expect(lines.every((l) => l.level === 'info')).toBe(true);
    expect(lines[0]!.message).toMatch(/access token renewed/);
    const retry = lines.find((l) => /retrying/.test(l.message))!;
    expect(retry.details).toMatchObject({ operation: 'GET /alerts/get-by-id', reason: 'ECONNRESET', attempt: 2 });
    expect(typeof retry.details?.delayMs).toBe('number');
  });

  it('one correlation id per call, on each of its attempt lines and retry lines, so concurrent calls can be told apart', async () => {
    const { logger, lines } = recorder();
    wire.server.handle((req) => {
      const n = wire.server.calls().filter((c) => c.json && JSON.stringify(c.json) === JSON.stringify(req.json)).length;
      return n === 1 ? { status: 503, json: { error: 'busy' }, delayMs: 20 } : { ...ok.alert, delayMs: 20 };
    });
    const client = wire.client({ logger, logLevel: 'debug' });
    await Promise.all(['a-1', 'a-2', 'a-3'].map((id) => getAlertById(client, id)));
    const ofCalls = lines.filter((l) => l.details?.path === '/alerts/get-by-id' || l.details?.operation === 'GET /alerts/get-by-id');
    const ids = new Set(ofCalls.map((l) => l.details?.call));
    expect(ids.size).toBe(3);
    for (const id of ids) {
      const mine = ofCalls.filter((l) => l.details?.call === id);
      expect(mine.map((l) => [l.level, l.details?.status ?? 'retry'])).toStrictEqual([
        ['debug', 503],
        ['info', 'retry'],
        ['debug', 200],
      ]);
      for (const l of mine) expect(l.message).toContain(`[${String(id)}] `);
    }
  });

  it('the default level is warn: a call with a retry and a renewal logs nothing', async () => {
    const { logger, lines } = recorder();
    wire.server.reply({ status: 502, json: { error: 'x' } }, ok.alert);
    await getAlertById(wire.client({ logger }), ALERT_ID);
    expect(lines).toHaveLength(0);
  });

  it('INTEZER_LOG is the fallback of logLevel, read in any case', async () => {
    const { logger, lines } = recorder();
    vi.stubEnv('INTEZER_LOG', 'debug');
    wire.server.reply(ok.alert);
    await getAlertById(wire.client({ logger }), ALERT_ID);
    expect(lines.filter((l) => l.level === 'debug')).toHaveLength(2);
    for (const value of ['DEBUG', ' Info ']) {
      vi.stubEnv('INTEZER_LOG', value);
      expect(wire.client({ logger }).config.logLevel).toBe(value.trim().toLowerCase());
    }
  });

  it('an INTEZER_LOG it does not know is one warning naming the variable, and the level stays warn; a bad logLevel option is refused', () => {
    const { logger, lines } = recorder();
    vi.stubEnv('INTEZER_LOG', 'verbose-please');
    expect(wire.client({ logger }).config.logLevel).toBe('warn');
    expect(wire.client({ logger }).config.logLevel).toBe('warn');
    expect(lines).toEqual([{ level: 'warn', message: expect.stringMatching(/INTEZER_LOG=verbose-please is not a log level .*warn/), details: undefined }]);
    expect(() => wire.client({ logger, logLevel: 'loud' as 'debug' })).toThrow(InvalidArgumentError);
    expect(() => wire.client({ logger, logLevel: 'loud' as 'debug' })).toThrow(/logLevel/);
  });

  it('a logger without the four methods is refused when the client is made', () => {
    expect(() => wire.client({ logger: { info() {} } as unknown as Logger })).toThrow(InvalidArgumentError);
  });

  it('a logger that throws does not fail the call', async () => {
    const boom = () => {
      throw new Error('logger down');
    };
    wire.server.reply(ok.alert);
    await expect(
      getAlertById(wire.client({ logger: { debug: boom, info: boom, warn: boom, error: boom }, logLevel: 'debug' }), ALERT_ID),
    ).resolves.toBeDefined();
  });
});

describe('no secret in a log line', () => {
  it('key, tokens and a proxy password never reach the logger, whatever the service echoes', async () => {
    const { logger, lines } = recorder();
    const password = 'proxy-pass-42';
    wire.server.onToken(() => ({ status: 503, json: { error: `busy, key ${API_KEY}` } }));
    const client = wire.client({ logger, logLevel: 'debug', maxRetries: 1, proxy: `http://u:${password}@127.0.0.1:9` });
    await rejectionOf(getAlertById(client, ALERT_ID));
    const all = lines.map((l) => `${l.message} ${inspect(l.details, { depth: Infinity })}`).join('\n');
    expect(lines.length).toBeGreaterThan(0);
    expect(all).not.toContain(API_KEY);
    expect(all).not.toContain(password);
  });

  it('a token echoed in a retried answer is scrubbed from the retry line', async () => {
    const { logger, lines } = recorder();
    wire.server.handle((req) => (wire.server.calls().length === 1 ? { status: 503, json: { error: bearerOf(req) } } : ok.alert));
    await getAlertById(wire.client({ logger, logLevel: 'debug' }), ALERT_ID);
    const token = wire.server.issuedTokens[0]!;
    for (const l of lines) expect(`${l.message} ${inspect(l.details)}`).not.toContain(token);
  });
});
