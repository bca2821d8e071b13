/** setGlobalApi / getGlobalApi: the process-wide client facade calls fall back to. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IntezerClient } from '../../src/client/client.js';
import { getAlertById } from '../../src/client/endpoints.js';
import { GlobalApiNotInitializedError, IntezerError, InvalidArgumentError } from '../../src/client/errors.js';
import { getGlobalApi, resetGlobalApi, resolveClient, setGlobalApi } from '../../src/client/global.js';
import { ALERT_ID, ok } from '../helpers/answers.js';
import { API_KEY, useWireServer } from '../helpers/fixture.js';

const wire = useWireServer();
afterEach(() => resetGlobalApi());

describe('global client', () => {
  it('getGlobalApi before any setGlobalApi throws GlobalApiNotInitializedError', () => {
    expect(() => getGlobalApi()).toThrow(GlobalApiNotInitializedError);
    expect(() => getGlobalApi()).toThrow(IntezerError);
    expect(() => resolveClient()).toThrow(GlobalApiNotInitializedError);
  });

  it('accepts an API key string: a client for the cloud service', () => {
    const client = setGlobalApi(API_KEY);
    expect(client).toBeInstanceOf(IntezerClient);
    expect(getGlobalApi()).toBe(client);
    expect(client.config.apiRoot).toBe('https://analyze.intezer.com/api/v2-0');
  });

  it('an empty key string is refused like a missing key', () => {
    expect(() => setGlobalApi('')).toThrow(InvalidArgumentError);
    expect(() => getGlobalApi()).toThrow(GlobalApiNotInitializedError);
  });

  it('without an argument takes the key from INTEZER_ANALYZE_API_KEY', () => {
    expect(() => setGlobalApi()).toThrow(/INTEZER_ANALYZE_API_KEY/);
    vi.stubEnv('INTEZER_ANALYZE_API_KEY', API_KEY);
    expect(setGlobalApi()).toBe(getGlobalApi());
  });

  it('accepts options, and the global client uses them on the wire', async () => {
    const client = setGlobalApi({ apiKey: API_KEY, baseUrl: `${wire.server.url}/api/`, userAgent: 'global' });
    wire.server.reply(ok.alert);
    await getAlertById(getGlobalApi(), ALERT_ID);
    expect(getGlobalApi()).toBe(client);
    expect(wire.server.tokenRequests()[0]!.json).toStrictEqual({ api_key: API_KEY });
    expect(wire.server.calls()[0]!.headers['user-agent']).toMatch(/\/global$/);
  });

  it('accepts a client, kept as is', () => {
    const client = wire.client();
    expect(setGlobalApi(client)).toBe(client);
    expect(getGlobalApi()).toBe(client);
    expect(resolveClient()).toBe(client);
  });

  it('a client given to a call wins over the global one', () => {
    setGlobalApi(API_KEY);
    const mine = wire.client();
    expect(resolveClient(mine)).toBe(mine);
  });
});
