/** INTEZER_ANALYZE_BASE_URL is the fallback of baseUrl: the option wins, then the variable, then the default. */
import { describe, expect, it, vi } from 'vitest';
import { IntezerClient } from '../../src/client/client.js';
import { getAlertById } from '../../src/client/endpoints.js';
import { InvalidArgumentError } from '../../src/client/errors.js';
import { ALERT_ID, ok } from '../helpers/answers.js';
import { API_KEY, useWireServer } from '../helpers/fixture.js';

const wire = useWireServer();

describe('INTEZER_ANALYZE_BASE_URL', () => {
  it('points a client made without baseUrl at that server', async () => {
    vi.stubEnv('INTEZER_ANALYZE_BASE_URL', `${wire.server.url}/api/`);
    wire.server.reply(ok.alert);
    const client = new IntezerClient({ apiKey: API_KEY });
    await getAlertById(client, ALERT_ID);
    client.close();
    expect(client.config.apiRoot).toBe(`${wire.server.url}/api/v2-0`);
    expect(wire.server.calls()[0]!.url).toBe('/api/v2-0/alerts/get-by-id');
  });

  it('gives way to the baseUrl option, and is checked like it', () => {
    vi.stubEnv('INTEZER_ANALYZE_BASE_URL', 'http://127.0.0.1:1/api/');
    expect(new IntezerClient({ apiKey: 'test-key-1', baseUrl: 'https://example.test/api/' }).config.apiRoot).toBe('https://example.test/api/v2-0');
    vi.stubEnv('INTEZER_ANALYZE_BASE_URL', 'http://127.0.0.1:1/api/?x=1');
    expect(() => new IntezerClient({ apiKey: 'test-key-1' })).toThrow(InvalidArgumentError);
  });

  it('unset or empty: the default root', () => {
    vi.stubEnv('INTEZER_ANALYZE_BASE_URL', '');
    expect(new IntezerClient({ apiKey: 'test-key-1' }).config.apiRoot).toBe('https://analyze.intezer.com/api/v2-0');
  });
});
