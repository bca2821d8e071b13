/**
 * Every call of the facade that touches the network takes a signal: an already aborted one
 * sends nothing, and aborting while the request is in flight drops it and rejects at once
 * with the signal's reason.
 */
import { describe, expect, it } from 'vitest';
import type { IntezerClient } from '../../src/client/client.js';
import { Alert, FileAnalysis, getAlertsByAlertIds, Operation, UrlAnalysis } from '../../src/index.js';
import { ALERT_ID } from '../helpers/answers.js';
import { rejectionOf, until } from '../helpers/fixture.js';
import { finished } from './alert-answers.js';
import { useFakeService } from './service.js';

const svc = useFakeService();
const EMAIL = new TextEncoder().encode('Subject: hello\r\n\r\nbody');

/** An alert whose status is already known to be finished (one get-by-id answered, then forgotten). */
async function finishedAlert(client: IntezerClient): Promise<Alert> {
  svc.routes({ 'GET /alerts/get-by-id': () => finished() });
  const alert = await Alert.fromId(ALERT_ID, { client });
  svc.server.requests.length = 0;
  return alert;
}

type Call = (signal: AbortSignal) => Promise<unknown>;
/** A name, and what makes the call (after any request of its own set-up, which is not counted). */
type Case = [name: string, prepare: (client: IntezerClient) => Call | Promise<Call>];
const CASES: Case[] = [
  ['Alert.fromId', (client) => (signal) => Alert.fromId(ALERT_ID, { client, signal })],
  ['Alert.sendPhishingEmail', (client) => (signal) => Alert.sendPhishingEmail({ rawEmail: EMAIL, client, signal })],
  ['alert.checkStatus', (client) => (signal) => new Alert({ alertId: ALERT_ID, client }).checkStatus({ signal })],
  ['getAlertsByAlertIds', (client) => (signal) => getAlertsByAlertIds([ALERT_ID], { client, signal })],
  ['alert.getRawData', (client) => (signal) => new Alert({ alertId: ALERT_ID, environment: 'production', client }).getRawData({ signal })],
  ['alert.downloadRawData', (client) => (signal) => new Alert({ alertId: ALERT_ID, environment: 'production', client }).downloadRawData({ signal })],
  ['alert.delete', (client) => (signal) => new Alert({ alertId: ALERT_ID, environment: 'production', client }).delete({ signal })],
  [
    'alert.notify',
    async (client) => {
      const alert = await finishedAlert(client);
      return (signal) => alert.notify({ signal });
    },
  ],
  [
    'alert.fetchScans',
    async (client) => {
      const alert = await finishedAlert(client);
      return (signal) => alert.fetchScans({ signal });
    },
  ],
  ['FileAnalysis.fromAnalysisId', (client) => (signal) => FileAnalysis.fromAnalysisId('an-1', { client, signal })],
  [
    'urlAnalysis.checkStatus',
    async (client) => {
      svc.routes({ 'GET /url/:id': () => ({ status: 202, json: { status: 'in_progress' } }) });
      const analysis = (await UrlAnalysis.fromAnalysisId('u-1', { client }))!;
      svc.server.requests.length = 0;
      return (signal) => analysis.checkStatus({ signal });
    },
  ],
  ['operation.checkStatus', (client) => (signal) => new Operation('/ops/1', 'Delete Alert', client).checkStatus({ signal })],
];

describe('a signal on every call', () => {
  it.each(CASES)('%s with an aborted signal rejects with its reason and sends nothing', async (_name, prepare) => {
    const call = await prepare(svc.client());
    const reason = new Error('cancelled before');
    expect(await rejectionOf(call(AbortSignal.abort(reason)))).toBe(reason);
    expect(svc.server.requests).toHaveLength(0);
  });

  it.each(CASES)('%s aborted in flight: the request is dropped and the call rejects at once with the reason', async (_name, prepare) => {
    const call = await prepare(svc.client());
    svc.server.handle(() => ({ hang: true }));
    const reason = new Error('cancelled in flight');
    const controller = new AbortController();
    const pending = rejectionOf(call(controller.signal));
    await until(() => svc.server.calls().length > 0, 3000);
    const started = performance.now();
    controller.abort(reason);
    expect(await pending).toBe(reason);
    expect(performance.now() - started).toBeLessThan(200);
  });
});
