/**
 * Options objects as a hostile (or merely unusual) caller builds them. Each case here got
 * through the option checks before: a Map or a Date taken for "no options", a misspelt key
 * that is not enumerable, an option inherited from a polluted Object.prototype, a getter that
 * passed Alert.send's check with one value and was waited on with another (after the send),
 * an additionalInfo that JSON cannot carry (a raw TypeError), a list with holes sent as nulls,
 * and Alert.send's source and defaultVerdict, which no warning covered.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Logger } from '../../src/client/log.js';
import { Alert, AlertInProgressError, getAlertsByAlertIds, InvalidArgumentError } from '../../src/index.js';
import { ALERT_ID, ok } from '../helpers/answers.js';
import { rejectionOf } from '../helpers/fixture.js';
import { finished, inProgress } from '../facade/alert-answers.js';
import { useFakeService } from '../facade/service.js';

const svc = useFakeService();
const INGEST = 'POST /alerts/ingest/binary';
const JSON_INGEST = 'POST /alerts/ingest';
const EMAIL = Buffer.from('From: a@example.com\r\nSubject: hi\r\n\r\nbody');
const RAW = { id: 'det-1', severity: 'high' };

/** Anything, as plain JavaScript may pass it. */
const js = (v: unknown): never => v as never;

function answerEverything(): void {
  svc.routes({
    [INGEST]: () => ok.ingest,
    [JSON_INGEST]: () => ok.ingest,
    'GET /alerts/get-by-id': () => finished(),
    'POST /alerts/search': () => ok.alertsList,
    'GET /alerts/search': () => ok.alertsList,
  });
}

function recorder(): { logger: Logger; warnings: string[] } {
  const warnings: string[] = [];
  const none = () => {};
  return { logger: { debug: none, info: none, error: none, warn: (m: string) => void warnings.push(m) }, warnings };
}

describe('what counts as an options object', () => {
  it.each([
    ['a Map', () => new Map([['fetchscans', true]])],
    ['a Date', () => new Date()],
    [
      'a class instance',
      () =>
        new (class Options {
          fetchScans = true;
        })(),
    ],
    ['an object inheriting its options', () => Object.create({ fetchScans: true })],
  ])('%s is refused (its keys would be read as no options at all)', async (_label, make) => {
    answerEverything();
    const err = await rejectionOf(Alert.fromId(ALERT_ID, make() as never));
    expect(err).toBeInstanceOf(InvalidArgumentError);
    expect((err as Error).message).toMatch(/Alert\.fromId: the options must be an object literal/);
    expect(svc.server.calls()).toHaveLength(0);
  });

  it('Object.create(null) and a frozen literal are options like any other', async () => {
    answerEverything();
    const client = svc.client();
    const bare = Object.assign(Object.create(null) as object, { client, fetchScans: false });
    expect((await Alert.fromId(ALERT_ID, bare)).alertId).toBe(ALERT_ID);
    expect((await Alert.fromId(ALERT_ID, Object.freeze({ client }))).alertId).toBe(ALERT_ID);
  });

  it('a misspelt key is refused even when it is not enumerable', async () => {
    answerEverything();
    const options = Object.defineProperty({ client: svc.client() }, 'fetchscans', { value: true, enumerable: false });
    const err = await rejectionOf(Alert.fromId(ALERT_ID, options));
    expect(err).toBeInstanceOf(InvalidArgumentError);
    expect((err as Error).message).toMatch(/unknown option "fetchscans" \(did you mean "fetchScans"\?\)/);
    expect(svc.server.calls()).toHaveLength(0);
  });

  it('a megabyte-long unknown key, or one with control characters, makes a short one-line message, at once', async () => {
    answerEverything();
    const started = performance.now();
    const err = await rejectionOf(Alert.fromId(ALERT_ID, js({ client: svc.client(), ['k'.repeat(1024 * 1024)]: 1 })));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(err).toBeInstanceOf(InvalidArgumentError);
    expect((err as Error).message.length).toBeLessThan(300);
    const ansi = await rejectionOf(Alert.fromId(ALERT_ID, js({ client: svc.client(), 'wait\u001b[2J\r\n': true })));
    expect((ansi as Error).message).toContain('unknown option "wait\\u001b[2J\\r\\n"');
    expect(svc.server.calls()).toHaveLength(0);
  });

  describe('a polluted Object.prototype', () => {
    afterEach(() => {
      delete (Object.prototype as Record<string, unknown>).raiseOnInProgress;
    });

    it('adds no option to a call: an inherited raiseOnInProgress: false is not taken', async () => {
      svc.routes({ 'GET /alerts/get-by-id': () => inProgress() });
      const client = svc.client();
      // Once before, so that everything built lazily is built on a clean prototype.
      expect(await rejectionOf(Alert.fromId(ALERT_ID, { client }))).toBeInstanceOf(AlertInProgressError);
      // Not enumerable: an enumerable one would also reach every query string (openapi-fetch
      // walks the query with for…in), which is no business of the option checks.
      Object.defineProperty(Object.prototype, 'raiseOnInProgress', { value: false, configurable: true, writable: true });
      expect(await rejectionOf(Alert.fromId(ALERT_ID, { client }))).toBeInstanceOf(AlertInProgressError);
    });
  });
});

describe('each option is read once: the value checked is the value used', () => {
  it('Alert.send: a timeoutMs getter that turns bad after the check sends nothing twice and waits with the checked value', async () => {
    answerEverything();
    let reads = 0;
    const options = {
      rawAlert: RAW,
      source: 's1',
      wait: true,
      client: svc.client(),
      get timeoutMs() {
        reads++;
        return reads === 1 ? 5000 : -1;
      },
    };
    const alert = await Alert.send(options);
    expect(alert.alertId).toBe(ALERT_ID);
    expect(reads).toBe(1);
    expect(svc.callsTo(JSON_INGEST)).toHaveLength(1);
  });

  it('Alert.send: a rawAlert getter is read once, and what is sent is what was checked', async () => {
    answerEverything();
    let reads = 0;
    const options = {
      source: 's1',
      client: svc.client(),
      get rawAlert(): Record<string, unknown> {
        reads++;
        return reads === 1 ? RAW : js(new Map());
      },
    };
    await Alert.send(options);
    expect(reads).toBe(1);
    expect((svc.callsTo(JSON_INGEST)[0]!.json as { alert: unknown }).alert).toEqual(RAW);
  });

  it('a list with holes is refused, not sent as nulls', async () => {
    answerEverything();
    // eslint-disable-next-line no-sparse-arrays
    const err = await rejectionOf(getAlertsByAlertIds([ALERT_ID], { environments: js([, 'prod']), client: svc.client() }));
    expect(err).toBeInstanceOf(InvalidArgumentError);
    expect((err as Error).message).toMatch(/environments must be an array of non-empty strings/);
    expect(svc.server.calls()).toHaveLength(0);
  });
});

describe('a record option must survive JSON', () => {
  const cycle: Record<string, unknown> = {};
  cycle.self = cycle;
  it.each([
    ['a cycle', cycle],
    ['a BigInt', { n: 1n }],
    ['a Map', new Map([['ticket', 42]])],
    [
      'a toJSON that throws',
      {
        toJSON: () => {
          throw new Error('no');
        },
      },
    ],
  ])('sendPhishingEmail: additionalInfo with %s is an InvalidArgumentError, nothing sent', async (_label, additionalInfo) => {
    answerEverything();
    const err = await rejectionOf(Alert.sendPhishingEmail({ rawEmail: EMAIL, additionalInfo: js(additionalInfo), client: svc.client() }));
    expect(err).toBeInstanceOf(InvalidArgumentError);
    expect((err as Error).message).toMatch(/additionalInfo must be a plain object that JSON can carry/);
    expect(svc.server.calls()).toHaveLength(0);
  });

  it('Alert.send: a Map as rawAlert is refused (JSON would send {})', async () => {
    answerEverything();
    const err = await rejectionOf(Alert.send({ rawAlert: js(new Map([['id', 1]])), source: 's1', client: svc.client() }));
    expect(err).toBeInstanceOf(InvalidArgumentError);
    expect(svc.server.calls()).toHaveLength(0);
  });
});

describe('Alert.send warns about unknown values like every other call', () => {
  it('a source or defaultVerdict outside the known set is sent as given, with one warning each naming the nearest', async () => {
    answerEverything();
    const { logger, warnings } = recorder();
    const client = svc.client({ logger });
    for (let i = 0; i < 2; i++) await Alert.send({ rawAlert: RAW, source: 'S1', defaultVerdict: 'confirmed_threats', client });
    const body = svc.callsTo(JSON_INGEST)[0]!.json as Record<string, unknown>;
    expect(body).toMatchObject({ alert_source: 'S1', default_verdict: 'confirmed_threats' });
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toContain('source: "S1" is not a known value (did you mean "s1"?)');
    expect(warnings[1]).toContain('defaultVerdict: "confirmed_threats" is not a known value (did you mean "confirmed_threat"?)');
  });
});
