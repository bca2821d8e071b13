/**
 * --verbose: the SDK's debug log on stderr, through the CLI's redaction; without it the level
 * is left to the SDK (INTEZER_LOG).
 */
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { addSecret } from '../../src/cli/lib/describe-error.js';
import { sdkLogOptions, withSdkLog } from '../../src/cli/lib/sdk-log.js';
import { runCli, simArgs, withSimulator } from './run-cli.js';

function sink(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (c: Buffer) => (text += c.toString('utf8')));
  return { stream, text: () => text };
}

describe('--verbose', () => {
  it('asks for the debug level and writes each SDK message to stderr on one line, prefixed and redacted', () => {
    const secret = 'secret-key-0123456789abcdef';
    addSecret(secret);
    const { stream, text } = sink();
    const log = sdkLogOptions(true, stream);
    expect(log.logLevel).toBe('debug');
    log.logger!.debug('GET /alerts/get-by-id → 200 in 3 ms (attempt 1)', { status: 200, ms: 3, attempt: 1 });
    log.logger!.info(`token renewed\nfor ${secret}`);
    log.logger!.warn('slow', {});
    expect(text()).toBe(
      'intezer-alerts: debug: GET /alerts/get-by-id → 200 in 3 ms (attempt 1)\n' +
        'intezer-alerts: info: token renewed for ***\n' +
        'intezer-alerts: warn: slow\n',
    );
  });

  it('without it, no level is set (INTEZER_LOG reaches the SDK), but the lines still go through the CLI', () => {
    const log = sdkLogOptions(false, sink().stream);
    expect(log).not.toHaveProperty('logLevel');
    expect(typeof log.logger?.warn).toBe('function');
    expect(withSdkLog({ apiKey: 'test-key-1', timeoutMs: 5 }, log)).toEqual({ apiKey: 'test-key-1', timeoutMs: 5, logger: log.logger });
  });

  it('spawned: one debug line per HTTP attempt on stderr, none without --verbose', () =>
    withSimulator({}, async (sim) => {
      const id = sim.alerts()[0]!.alertId;
      const [loud, quiet] = await Promise.all([runCli([...simArgs(sim), '--verbose', 'get', id]), runCli([...simArgs(sim), 'get', id])]);
      expect([loud.code, quiet.code]).toEqual([0, 0]);
      expect(loud.stderr).toMatch(/^intezer-alerts: debug: .*POST .*get-access-token.*200/m);
      expect(loud.stderr).toMatch(/^intezer-alerts: debug: .*GET .*get-by-id.*200/m);
      expect(loud.stderr).not.toContain(sim.apiKey);
      expect(quiet.stderr).toBe('');
    }));
});
