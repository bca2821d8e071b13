/**
 * Plain JavaScript has no compiler: a misspelt option name, a value of the wrong type or an
 * options object that is not one must be an InvalidArgumentError naming the option (and the
 * nearest known name), before any request. Before, `fromId(id, { fetchscans: true })`
 * answered 0 scans and `delete({ wait: true })` answered an operation still in progress.
 */
import { describe, expect, it } from 'vitest';
import {
  Alert,
  EndpointAnalysis,
  FileAnalysis,
  getAlertsByAlertIds,
  InvalidArgumentError,
  Operation,
  queryAlertsHistory,
  UrlAnalysis,
} from '../../src/index.js';
import type { IntezerClient } from '../../src/client/client.js';
import { ALERT_ID, ok } from '../helpers/answers.js';
import { rejectionOf } from '../helpers/fixture.js';
import { useFakeService } from '../facade/service.js';

const svc = useFakeService();
const EMAIL = Buffer.from('From: a@example.com\r\nSubject: hi\r\n\r\nbody');

/** Anything, as plain JavaScript may pass it. */
const js = (v: unknown): never => v as never;

function answerEverything(): void {
  svc.routes({
    'POST /alerts/ingest/binary': () => ok.ingest,
    'GET /alerts/get-by-id': () => ok.alert,
    'GET /alerts/search': () => ok.alertsList,
    'POST /alerts/search': () => ok.alertsList,
    'GET /alerts/:id/raw-data': () => ok.rawData,
    'POST /alerts/:id/notify': () => ok.notify,
    'DELETE /alerts/:id': () => ok.delete,
    'GET /delete-operation-1': () => ok.operation,
    'GET /analyses/:id': () => ok.analysis,
    'GET /url/:id': () => ok.analysis,
    'GET /endpoint-analyses/:id': () => ok.analysis,
  });
}

/** The error `call` throws or rejects with (a synchronous throw included). */
async function failureOf(call: () => unknown): Promise<unknown> {
  return rejectionOf((async () => call())());
}

/** Each facade call with a misspelt option: [label, call, the name given, the known name to suggest]. */
const misspelt: [string, (client: IntezerClient, alert: Alert) => unknown, string, string][] = [
  ['Alert.fromId', (client) => Alert.fromId(ALERT_ID, js({ client, fetchscans: true })), 'fetchscans', 'fetchScans'],
  ['Alert.sendPhishingEmail', (client) => Alert.sendPhishingEmail(js({ client, rawEmail: EMAIL, zippassword: 'x' })), 'zippassword', 'zipPassword'],
  ['new Alert', (client) => new Alert(js({ alertId: ALERT_ID, client, enviroment: 'prod' })), 'enviroment', 'environment'],
  ['Alert.checkStatus', (_c, alert) => alert.checkStatus(js({ singal: undefined })), 'singal', 'signal'],
  ['Alert.waitForCompletion', (_c, alert) => alert.waitForCompletion(js({ timeout: 5 })), 'timeout', 'timeoutMs'],
  ['Alert.fetchScans', (_c, alert) => alert.fetchScans(js({ sigal: undefined })), 'sigal', 'signal'],
  ['Alert.getRawData', (_c, alert) => alert.getRawData(js({ rawdatatype: 'raw_alert' })), 'rawdatatype', 'rawDataType'],
  ['Alert.downloadRawData', (_c, alert) => alert.downloadRawData(js({ enviroment: 'prod' })), 'enviroment', 'environment'],
  ['Alert.notify', (_c, alert) => alert.notify(js({ signals: undefined })), 'signals', 'signal'],
  ['Alert.delete', (_c, alert) => alert.delete(js({ waitforcompletion: true })), 'waitforcompletion', 'waitForCompletion'],
  ['getAlertsByAlertIds', (client) => getAlertsByAlertIds([ALERT_ID], js({ client, environment: ['prod'] })), 'environment', 'environments'],
  ['queryAlertsHistory', (client) => queryAlertsHistory(js({ client, alertVerdict: ['confirmed_threat'] })), 'alertVerdict', 'alertVerdicts'],
  ['FileAnalysis.fromAnalysisId', (client) => FileAnalysis.fromAnalysisId('an-1', js({ client, signl: undefined })), 'signl', 'signal'],
  ['UrlAnalysis.fromAnalysisId', (client) => UrlAnalysis.fromAnalysisId('an-1', js({ Client: client })), 'Client', 'client'],
  ['EndpointAnalysis.fromAnalysisId', (client) => EndpointAnalysis.fromAnalysisId('an-1', js({ client, singal: 1 })), 'singal', 'signal'],
  [
    'Operation.waitForCompletion',
    (client) => new Operation('/delete-operation-1', 'Delete Alert', client).waitForCompletion(js({ timeOutMs: 5 })),
    'timeOutMs',
    'timeoutMs',
  ],
  [
    'Operation.checkStatus',
    (client) => new Operation('/delete-operation-1', 'Delete Alert', client).checkStatus(js({ sginal: undefined })),
    'sginal',
    'signal',
  ],
  ['Operation.getResult', (client) => new Operation('/delete-operation-1', 'Delete Alert', client).getResult(js({ signa: undefined })), 'signa', 'signal'],
];

describe('an unknown option name', () => {
  it.each(misspelt)('%s: InvalidArgumentError naming it and the nearest known name; nothing sent', async (_label, call, given, known) => {
    answerEverything();
    const client = svc.client();
    const alert = new Alert({ alertId: ALERT_ID, environment: 'production', client });
    const err = await failureOf(() => call(client, alert));
    expect(err).toBeInstanceOf(InvalidArgumentError);
    expect((err as Error).message).toContain(`"${given}"`);
    expect((err as Error).message).toContain(`did you mean "${known}"?`);
    expect(svc.server.calls()).toHaveLength(0);
  });

  it('the analyses and their waits check theirs too, after the analysis was read', async () => {
    svc.routes({ 'GET /analyses/:id': () => ({ status: 202, json: { status: 'in_progress' } }) });
    const analysis = (await FileAnalysis.fromAnalysisId('an-1', { client: svc.client() }))!;
    const sent = svc.server.calls().length;
    for (const call of [() => analysis.waitForCompletion(js({ intervalms: 5 })), () => analysis.checkStatus(js({ signall: undefined }))]) {
      const err = await failureOf(call);
      expect(err).toBeInstanceOf(InvalidArgumentError);
      expect((err as Error).message).toMatch(/did you mean "(intervalMs|signal)"\?/);
    }
    expect(svc.server.calls()).toHaveLength(sent);
  });

  it('delete({ wait: true }), far from any name, lists the known ones instead of deleting without waiting', async () => {
    answerEverything();
    const alert = new Alert({ alertId: ALERT_ID, environment: 'production', client: svc.client() });
    const err = await failureOf(() => alert.delete(js({ wait: true })));
    expect(err).toBeInstanceOf(InvalidArgumentError);
    expect((err as Error).message).toMatch(/unknown option "wait" \(known: waitForCompletion, timeoutMs, signal\)/);
    expect(svc.callsTo('DELETE /alerts/:id')).toHaveLength(0);
  });
});

describe('an option of the wrong type', () => {
  it.each([
    ['defaultVerdict', { defaultVerdict: { verdict: 'malicious' } }, /defaultVerdict must be a non-empty string, not an object/],
    ['alertSender', { alertSender: 42 }, /alertSender must be a non-empty string, not a number/],
    ['zipPassword', { zipPassword: ['infected'] }, /zipPassword must be a non-empty string, not an array/],
    ['environment', { environment: { name: 'prod' } }, /environment must be a non-empty string/],
    ['wait', { wait: 'yes' }, /wait must be a boolean, not a string/],
    ['additionalInfo', { additionalInfo: 'ticket 42' }, /additionalInfo must be a plain object that JSON can carry, not a string/],
    ['signal', { signal: { aborted: false } }, /signal must be an AbortSignal, not an object/],
    ['client', { client: { apiKey: 'k' } }, /client must be an IntezerClient, not an object/],
  ])('sendPhishingEmail with %s of the wrong type sends nothing (never "[object Object]")', async (_label, bad, message) => {
    answerEverything();
    const err = await failureOf(() => Alert.sendPhishingEmail(js({ rawEmail: EMAIL, client: svc.client(), ...bad })));
    expect(err).toBeInstanceOf(InvalidArgumentError);
    expect((err as Error).message).toMatch(message);
    expect(svc.server.calls()).toHaveLength(0);
  });

  it.each([
    ['fetchScans: "yes"', { fetchScans: 'yes' }],
    ['raiseOnInProgress: 0', { raiseOnInProgress: 0 }],
    ['a signal that is not an AbortSignal', { signal: { aborted: false, addEventListener() {} } }],
    ['timeoutMs: "5"', { wait: true, timeoutMs: '5' }],
  ])('fromId with %s: InvalidArgumentError, nothing sent', async (_label, bad) => {
    answerEverything();
    expect(await failureOf(() => Alert.fromId(ALERT_ID, js({ client: svc.client(), ...bad })))).toBeInstanceOf(InvalidArgumentError);
    expect(svc.server.calls()).toHaveLength(0);
  });

  it.each([
    ['a string', 'production'],
    ['an array', [{ fetchScans: true }]],
    ['null', null],
    ['a number', 5],
  ])('options that are %s: InvalidArgumentError, nothing sent', async (_label, options) => {
    answerEverything();
    const client = svc.client();
    const alert = new Alert({ alertId: ALERT_ID, environment: 'production', client });
    for (const call of [
      () => Alert.fromId(ALERT_ID, js(options)),
      () => alert.delete(js(options)),
      () => alert.getRawData(js(options)),
      () => queryAlertsHistory(js(options)),
    ]) {
      const err = await failureOf(call);
      expect(err).toBeInstanceOf(InvalidArgumentError);
      expect((err as Error).message).toMatch(/options must be an object/);
    }
    expect(svc.server.calls()).toHaveLength(0);
  });

  it('an options object whose getter throws: InvalidArgumentError naming the option (the cause kept), not a raw TypeError', async () => {
    answerEverything();
    const boom = new TypeError('getter exploded');
    const options = {
      client: svc.client(),
      get signal(): AbortSignal {
        throw boom;
      },
    };
    const err = await failureOf(() => Alert.fromId(ALERT_ID, options));
    expect(err).toBeInstanceOf(InvalidArgumentError);
    expect((err as Error).message).toMatch(/reading the option signal threw/);
    expect(((err as Error).cause as Error).message).toBe('getter exploded');
    expect(svc.server.calls()).toHaveLength(0);
  });

  it('each option is read once: a getter that changes its answer cannot pass the check and then send another value', async () => {
    answerEverything();
    let reads = 0;
    const options = {
      rawEmail: EMAIL,
      client: svc.client(),
      get defaultVerdict(): string {
        reads++;
        return reads === 1 ? 'inconclusive' : (js({ not: 'a string' }) as string);
      },
    };
    await Alert.sendPhishingEmail(options);
    expect(reads).toBe(1);
    const form = svc.callsTo('POST /alerts/ingest/binary')[0]!.parts!;
    expect(form.find((p) => p.name === 'default_verdict')!.data.toString()).toBe('inconclusive');
  });
});
