import { afterAll, describe, expect, it } from 'vitest';
import { BLOB_ROUTE_KEY, startSimulator, type Simulator } from '../../src/simulator/index.js';
import { call, getToken, specProblems, useSimulator } from './wire.js';

const RAW = 'GET /alerts/{alert_id}/raw-data';
const DOWNLOAD = BLOB_ROUTE_KEY;

let sim: Simulator;
let token: string;
useSimulator({ seed: 2, rawData: 'link' }, (s, t) => {
  sim = s;
  token = t;
});

function rawData(alert: { alertId: string; environment: string }) {
  return call(sim, 'GET', `/alerts/${alert.alertId}/raw-data`, { body: { environment: alert.environment, raw_data_type: 'raw_alert' }, token });
}

async function linkOf(alert: { alertId: string; environment: string }): Promise<string> {
  const res = await rawData(alert);
  expect(res.status).toBe(200);
  return res.json.result_url as string;
}

describe('raw data as a pre-signed download link', () => {
  it('answers result_url on the simulator itself, outside the API root, with the environment and type as metadata', async () => {
    const alert = sim.addAlert({ environment: 'staging', rawData: { hello: 'world' } });
    const res = await rawData(alert);
    expect(specProblems(RAW, res)).toBe('');
    expect(res.json).toEqual({ result_url: expect.any(String), metadata: { environment: 'staging', raw_data_type: 'raw_alert' } });
    expect(res.json).not.toHaveProperty('result');
    const url = new URL(res.json.result_url);
    expect(url.origin).toBe(new URL(sim.apiRoot).origin);
    expect(url.pathname).toMatch(/^\/__blob\/[^/]+\/download\/alert-data$/);
    expect(url.searchParams.get('sig')).toEqual(expect.any(String));
  });

  it('serves, without a token, the payload the inline form carries under result', async () => {
    const alert = sim.addAlert({ rawData: { id: 7, nested: { list: [1, 2] } } });
    const download = await call(sim, 'GET', await linkOf(alert));
    expect(download.status).toBe(200);
    expect(download.headers['content-type']).toBe('application/json');
    sim.setRawDataForm('inline');
    try {
      expect(download.json).toEqual((await rawData(alert)).json.result);
    } finally {
      sim.setRawDataForm('link');
    }
  });

  it('refuses a download that carries an Authorization header, even a valid bearer token', async () => {
    const link = await linkOf(sim.alerts()[0]!);
    const withToken = await call(sim, 'GET', link, { token });
    expect(withToken.status).toBe(403);
    expect(withToken.json.error).toMatch(/Authorization/);
    expect((await call(sim, 'GET', link, { headers: { authorization: 'Basic eDp5' } })).status).toBe(403);
    expect((await call(sim, 'GET', link)).status).toBe(200);
  });

  it('refuses a tampered signature (403) and an unknown link (404)', async () => {
    const link = new URL(await linkOf(sim.alerts()[0]!));
    link.searchParams.set('sig', 'forged');
    expect((await call(sim, 'GET', link.toString())).status).toBe(403);
    expect((await call(sim, 'GET', '/__blob/nothing-here/download/alert-data?sig=x')).status).toBe(404);
  });

  it("an alert's own rawDataForm wins over the simulator's; POST /__sim/raw-data switches the default", async () => {
    const inline = sim.addAlert({ rawDataForm: 'inline', rawData: { own: true } });
    expect((await rawData(inline)).json).toEqual({ result: { own: true } });
    const plain = sim.addAlert({ rawData: { own: false } });
    expect((await call(sim, 'POST', '/__sim/raw-data', { body: { form: 'inline' } })).json).toEqual({ rawData: 'inline' });
    expect((await call(sim, 'GET', '/__sim/state')).json.rawData).toBe('inline');
    expect((await rawData(plain)).json).toEqual({ result: { own: false } });
    expect((await call(sim, 'POST', '/__sim/raw-data', { body: { form: 'blob' } })).status).toBe(400);
    const viaControl = await call(sim, 'POST', '/__sim/alerts', { body: { alertId: 'ctl-link', rawDataForm: 'link' } });
    expect((await rawData({ alertId: 'ctl-link', environment: viaControl.json.alert.environment })).json).toHaveProperty('result_url');
    expect((await call(sim, 'POST', '/__sim/alerts', { body: { rawDataForm: 'blob' } })).status).toBe(400);
    await call(sim, 'POST', '/__sim/raw-data', { body: { form: 'link' } });
    expect((await rawData(plain)).json).toHaveProperty('result_url');
  });

  it('records downloads under their route key (Authorization redacted); they can be faulted but are not rate-limited', async () => {
    const link = await linkOf(sim.alerts()[0]!);
    const before = sim.count(DOWNLOAD);
    await call(sim, 'GET', link, { token });
    expect(sim.count(DOWNLOAD)).toBe(before + 1);
    expect(sim.requests.at(-1)!.headers.authorization).toBe('Bearer [redacted]');

    sim.inject(DOWNLOAD, { kind: 'status', status: 503 });
    expect((await call(sim, 'GET', link)).status).toBe(503);
    sim.rateLimit({ perSecond: 0 });
    try {
      expect((await call(sim, 'GET', link)).status).toBe(200);
    } finally {
      sim.rateLimit(null);
    }
  });

  it('reset forgets the links and goes back to the configured form', async () => {
    const link = await linkOf(sim.alerts()[0]!);
    sim.setRawDataForm('inline');
    sim.reset({ seed: 2 });
    expect((await call(sim, 'GET', link)).status).toBe(404);
    expect((await rawData(sim.alerts()[0]!)).json).toHaveProperty('result_url');
  });
});

describe('raw-data link lifetime', () => {
  let short: Simulator | undefined;
  afterAll(() => short?.close());

  it('a link stops working once rawDataLinkTtlSec has passed', async () => {
    short = await startSimulator({ seed: 1, rawData: 'link', rawDataLinkTtlSec: 0 });
    const alert = short.alerts()[0]!;
    const res = await call(short, 'GET', `/alerts/${alert.alertId}/raw-data`, {
      body: { environment: alert.environment, raw_data_type: 'raw_alert' },
      token: await getToken(short),
    });
    const expired = await call(short, 'GET', res.json.result_url);
    expect(expired.status).toBe(403);
    expect(expired.json.error).toMatch(/expired/);
  });
});
