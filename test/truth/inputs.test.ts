/**
 * Bad input is refused when the client is made or the call is given, before any request,
 * as InvalidArgumentError naming the option; long durations work; Retry-After is read
 * strictly; ids and result URLs cannot leave the path they are meant for.
 */
import { describe, expect, it } from 'vitest';
import { IntezerClient } from '../../src/client/client.js';
import { getOperationResult } from '../../src/client/endpoints.js';
import { InvalidArgumentError, ResponseValidationError } from '../../src/client/errors.js';
import { Alert } from '../../src/facade/alert.js';
import { FileAnalysis } from '../../src/facade/analyses.js';
import { inProgress } from '../facade/alert-answers.js';
import { ALERT_ID, ok } from '../helpers/answers.js';
import { rejectionOf, useWireServer } from '../helpers/fixture.js';

const wire = useWireServer();
const DAYS_30 = 30 * 24 * 3600 * 1000;

function refusal(make: () => unknown): InvalidArgumentError {
  try {
    make();
  } catch (err) {
    expect(err).toBeInstanceOf(InvalidArgumentError);
    return err as InvalidArgumentError;
  }
  throw new Error('expected InvalidArgumentError, but nothing was thrown');
}

describe('client options', () => {
  it.each(['soc-bot\r\nX-Injected: 1', 'tab\there', 'bell\u0007', 'naïve'])('a userAgent %j is refused, naming userAgent', (userAgent) => {
    expect(refusal(() => wire.client({ userAgent })).message).toMatch(/userAgent/);
    expect(wire.server.requests).toHaveLength(0);
  });

  it.each(['?x=1', '#frag', '?'])('a baseUrl with %s is refused, naming baseUrl', (suffix) => {
    expect(refusal(() => wire.client({ baseUrl: `${wire.server.url}/api/${suffix}` })).message).toMatch(/baseUrl/);
  });

  it.each(['timeoutMs', 'pollIntervalMs', 'retryBaseDelayMs', 'retryMaxDelayMs', 'renewTokenWindowSec'] as const)(
    'a negative, NaN or infinite %s is refused, naming it',
    (name) => {
      for (const bad of [-1, Number.NaN, Number.POSITIVE_INFINITY]) {
        expect(refusal(() => new IntezerClient({ apiKey: 'test-key-1', [name]: bad })).message).toContain(name);
      }
    },
  );

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])('a wait given intervalMs or timeoutMs %d is refused before any request', async (bad) => {
    const alert = new Alert({ alertId: ALERT_ID, client: wire.client() });
    for (const options of [{ intervalMs: bad }, { timeoutMs: bad }]) {
      const err = await rejectionOf(alert.waitForCompletion(options));
      expect(err).toBeInstanceOf(InvalidArgumentError);
      expect((err as Error).message).toContain(Object.keys(options)[0]);
    }
    expect(wire.server.requests).toHaveLength(0);
  });
});

describe('durations past the timer limit (2³¹ ms) wait as long as they say', () => {
  it('a 30-day timeoutMs does not end the wait early: it polls on until aborted', async () => {
    wire.server.handle(() => inProgress());
    const controller = new AbortController();
    const reason = new Error('stop');
    setTimeout(() => controller.abort(reason), 300);
    const alert = new Alert({ alertId: ALERT_ID, client: wire.client() });
    const err = await rejectionOf(alert.waitForCompletion({ timeoutMs: DAYS_30, intervalMs: 20, signal: controller.signal }));
    expect(err).toBe(reason);
    expect(wire.server.calls().length).toBeGreaterThanOrEqual(5);
  });

  it('a 30-day intervalMs makes one check, then waits', async () => {
    wire.server.handle(() => inProgress());
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('stop')), 300);
    const alert = new Alert({ alertId: ALERT_ID, client: wire.client() });
    await rejectionOf(alert.waitForCompletion({ intervalMs: DAYS_30, signal: controller.signal }));
    expect(wire.server.calls()).toHaveLength(1);
  });
});

describe('Retry-After is digits or an HTTP date; anything else is ignored', () => {
  it.each(['-5', '0x1', '1.5', 'soon'])(
    'Retry-After %j: the repeat comes after the backoff (~200 ms), not at once nor after what it seems to say',
    async (value) => {
      wire.server.reply({ status: 429, headers: { 'retry-after': value }, json: { error: 'slow down' } }, ok.alert);
      const client = wire.client({ retryBaseDelayMs: 200, retryMaxDelayMs: 200 });
      await new Alert({ alertId: ALERT_ID, client }).checkStatus();
      const [a, b] = wire.server.calls();
      expect(b!.at - a!.at).toBeGreaterThanOrEqual(140);
      expect(b!.at - a!.at).toBeLessThan(900);
    },
  );

  it('an HTTP date is waited out', async () => {
    const at = new Date(Date.now() + 1500).toUTCString();
    wire.server.reply({ status: 429, headers: { 'retry-after': at }, json: { error: 'slow down' } }, ok.alert);
    await new Alert({ alertId: ALERT_ID, client: wire.client() }).checkStatus();
    const [a, b] = wire.server.calls();
    expect(b!.at - a!.at).toBeGreaterThanOrEqual(400);
  });
});

describe('ids and result URLs stay on their path', () => {
  it.each(['.', '..'])('the alert id %j is refused before any request', async (id) => {
    expect(refusal(() => new Alert({ alertId: id })).message).toContain('alertId');
    expect(await rejectionOf(Alert.fromId(id, { client: wire.client() }))).toBeInstanceOf(InvalidArgumentError);
    expect(await rejectionOf(FileAnalysis.fromAnalysisId(id, { client: wire.client() }))).toBeInstanceOf(InvalidArgumentError);
    expect(wire.server.requests).toHaveLength(0);
  });

  it('an id holding ":", "/" or "%" travels as one percent-encoded segment', async () => {
    wire.server.handle((req) => (req.url.endsWith('/notify') ? ok.notify : ok.alert));
    const alert = await Alert.fromId('ldt:a/b%c', { client: wire.client() });
    await alert.notify();
    expect(wire.server.calls().at(-1)!.url).toBe('/api/v2-0/alerts/ldt%3Aa%2Fb%25c/notify');
  });

  it.each([(root: string) => `${root}/../../outside`, () => '../outside', () => '%2e%2e/%2e%2e/outside', () => 'ops/../../outside'])(
    'a result_url that leaves the API root once resolved is refused before any request (%#)',
    async (make) => {
      const client = wire.client();
      const err = await rejectionOf(getOperationResult(client, make(client.config.apiRoot)));
      expect(err).toBeInstanceOf(ResponseValidationError);
      expect(wire.server.requests).toHaveLength(0);
    },
  );

  it('a result_url with dot segments that stays under the root is followed, resolved', async () => {
    wire.server.reply(ok.operation);
    await getOperationResult(wire.client(), 'ops/x/../42');
    expect(wire.server.calls()[0]!.url).toBe('/api/v2-0/ops/42');
  });
});
