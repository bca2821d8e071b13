/**
 * Client options as the wire shows them: where the API root is, where the key comes from,
 * and the bad values refused before any request.
 */
import { describe, expect, it, vi } from 'vitest';
import { IntezerClient } from '../../src/client/client.js';
import { getAlertById } from '../../src/client/endpoints.js';
import { IntezerError, InvalidArgumentError } from '../../src/client/errors.js';
import type { IntezerClientOptions } from '../../src/client/options.js';
import { ALERT_ID, ok } from '../helpers/answers.js';
import { API_KEY, useWireServer } from '../helpers/fixture.js';

const wire = useWireServer();

async function firstCallPath(options: IntezerClientOptions): Promise<string> {
  wire.server.reply(ok.alert);
  await getAlertById(wire.client(options), ALERT_ID);
  return wire.server.calls()[0]!.url;
}

describe('API root', () => {
  it.each([
    [{}, '/api/v2-0/alerts/get-by-id'],
    [{ apiVersion: 'v2-1' }, '/api/v2-1/alerts/get-by-id'],
    [{ apiVersion: '/v2-1' }, '/api/v2-1/alerts/get-by-id'],
  ])('%j: calls go to %s', async (options, path) => {
    expect(await firstCallPath(options)).toBe(path);
  });

  it.each(['/api', '/api/', '/api//'])('baseUrl <server>%s gets exactly one slash before the version', async (suffix) => {
    expect(await firstCallPath({ baseUrl: `${wire.server.url}${suffix}` })).toBe('/api/v2-0/alerts/get-by-id');
    expect(wire.server.tokenRequests()[0]!.url).toBe('/api/v2-0/get-access-token');
  });
});

describe('API key', () => {
  it('comes from INTEZER_ANALYZE_API_KEY when not given', async () => {
    vi.stubEnv('INTEZER_ANALYZE_API_KEY', 'key-from-the-environment');
    wire.server.reply(ok.alert);
    await getAlertById(wire.client({ apiKey: undefined }), ALERT_ID);
    expect(wire.server.tokenRequests()[0]!.json).toStrictEqual({ api_key: 'key-from-the-environment' });
  });

  it('given explicitly, wins over INTEZER_ANALYZE_API_KEY', async () => {
    vi.stubEnv('INTEZER_ANALYZE_API_KEY', 'key-from-the-environment');
    wire.server.reply(ok.alert);
    await getAlertById(wire.client(), ALERT_ID);
    expect(wire.server.tokenRequests()[0]!.json).toStrictEqual({ api_key: API_KEY });
  });

  it.each([undefined, '', '   '])('missing (%j, no variable): InvalidArgumentError naming INTEZER_ANALYZE_API_KEY, nothing sent', (apiKey) => {
    let err: unknown;
    try {
      new IntezerClient({ apiKey, baseUrl: `${wire.server.url}/api/` });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InvalidArgumentError);
    expect(err).toBeInstanceOf(IntezerError);
    expect((err as Error).message).toContain('INTEZER_ANALYZE_API_KEY');
    expect(wire.server.requests).toHaveLength(0);
  });
});

describe('bad options are refused with InvalidArgumentError', () => {
  it.each<[string, IntezerClientOptions]>([
    ['a negative timeoutMs', { timeoutMs: -1 }],
    ['a NaN timeoutMs', { timeoutMs: Number.NaN }],
    ['a fractional maxRetries', { maxRetries: 1.5 }],
    ['a negative maxRetries', { maxRetries: -1 }],
    ['a negative renewTokenWindowSec', { renewTokenWindowSec: -5 }],
    ['an unknown onPremiseVersion', { onPremiseVersion: 24.1 }],
    ['a proxy that is not a URL', { proxy: 'not a url' }],
    ['a proxy that is not http(s)', { proxy: 'socks5://127.0.0.1:1080' }],
    ['a baseUrl that is not a URL', { baseUrl: 'analyze.intezer.com' }],
    ['a baseUrl that is not http(s)', { baseUrl: 'ftp://analyze.intezer.com/api/' }],
  ])('%s', (_what, options) => {
    expect(() => new IntezerClient({ apiKey: API_KEY, ...options })).toThrow(InvalidArgumentError);
  });

  it('names the on-premise versions as written (22.10, not 22.1) when refusing another', () => {
    expect(() => new IntezerClient({ apiKey: API_KEY, onPremiseVersion: 24.1 })).toThrow('onPremiseVersion must be one of 21.11, 22.10, 23.10');
  });

  it.each([21.11, 22.1, 23.1])('onPremiseVersion %d is accepted', (onPremiseVersion) => {
    expect(new IntezerClient({ apiKey: API_KEY, onPremiseVersion }).config.onPremiseVersion).toBe(onPremiseVersion);
  });
});
