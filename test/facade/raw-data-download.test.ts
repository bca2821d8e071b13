/**
 * downloadRawData: the payload itself, whichever form the service answers in. A download
 * link is followed without the Authorization header (the simulator refuses a link request
 * that carries one), through the client's proxy; its bytes are parsed as JSON, or kept as
 * bytes; its signature never shows in an error. getRawData keeps the answer as sent.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { IntezerClient } from '../../src/client/client.js';
import { ServerError } from '../../src/client/errors.js';
import { Alert } from '../../src/facade/alert.js';
import { BLOB_ROUTE_KEY, startSimulator, type Simulator } from '../../src/simulator/index.js';
import { ALERT_ID } from '../helpers/answers.js';
import { startConnectProxy } from '../helpers/connect-proxy.js';
import { rejectionOf, useWireServer } from '../helpers/fixture.js';
import { startWireServer, type WireServer } from '../helpers/wire-server.js';

let sim: Simulator;
let client: IntezerClient;
beforeAll(async () => {
  sim = await startSimulator({ seed: 0, rawData: 'link', triageMs: 0 });
  client = new IntezerClient({ apiKey: sim.apiKey, baseUrl: sim.baseUrl, retryBaseDelayMs: 1 });
});
afterAll(async () => {
  client.close();
  await sim.close();
});

describe('against the simulator', () => {
  it('a download link: getRawData gives the link as sent, downloadRawData the payload, fetched without a token', async () => {
    const { alertId, environment } = sim.addAlert({ environment: 'staging', rawData: { edr: { host: 'wks-7' }, events: [1, 2] } });
    const alert = new Alert({ alertId, environment, client });
    const answer = await alert.getRawData();
    expect(answer).toStrictEqual({ result_url: expect.stringContaining('/__blob/'), metadata: { environment: 'staging', raw_data_type: 'raw_alert' } });
    expect(await alert.downloadRawData()).toStrictEqual({ edr: { host: 'wks-7' }, events: [1, 2] });
    const download = sim.requests.filter((r) => r.routeKey === BLOB_ROUTE_KEY).at(-1)!;
    expect(download.status).toBe(200);
    expect(download.headers.authorization).toBeUndefined();
  });

  it('the inline form: downloadRawData gives its result, and nothing else is fetched', async () => {
    const { alertId, environment } = sim.addAlert({ rawData: { inline: true }, rawDataForm: 'inline' });
    const before = sim.count(BLOB_ROUTE_KEY);
    const alert = new Alert({ alertId, environment, client });
    expect(await alert.getRawData()).toStrictEqual({ result: { inline: true } });
    expect(await alert.downloadRawData()).toStrictEqual({ inline: true });
    expect(sim.count(BLOB_ROUTE_KEY)).toBe(before);
  });

  it('an alert with an artifact scan: fetchScans loads the analyses and keeps the artifact in result()', async () => {
    const alert = sim.addAlert({ artifacts: [{ type: 'ip', value: '203.0.113.7', verdict: 'malicious', familyName: null }] });
    const fetched = await Alert.fromId(alert.alertId, { client, wait: true, fetchScans: true });
    const types = (fetched.result().scans ?? []).map((s) => s.scan_type);
    expect(types).toContain('artifact');
    expect(fetched.scans).toHaveLength(types.filter((t) => t !== 'artifact').length);
    const artifact = fetched.result().scans!.find((s) => s.scan_type === 'artifact')!;
    expect(artifact.artifact_analysis).toMatchObject({ artifact_type: 'ip', artifact_value: '203.0.113.7', verdict: 'malicious' });
  });
});

describe('a link on another host', () => {
  const api = useWireServer();
  let blob: WireServer;
  afterEach(async () => {
    await blob?.close();
  });

  async function withLink(reply: Parameters<WireServer['reply']>[0]): Promise<string> {
    blob = await startWireServer();
    blob.reply(reply);
    const link = `${blob.url}/container/alert-data?sv=2024&sig=SIGNATURE-abcdef123456`;
    api.server.reply({ json: { result_url: link, metadata: { environment: 'production', raw_data_type: 'raw_alert' } } });
    return link;
  }

  it('bytes that are not JSON come back as a Uint8Array; the blob host sees no Authorization header', async () => {
    await withLink({ body: Buffer.from([0x1f, 0x8b, 0x00, 0xff]), headers: { 'content-type': 'application/octet-stream' } });
    const payload = await new Alert({ alertId: ALERT_ID, environment: 'production', client: api.client() }).downloadRawData();
    expect(payload).toBeInstanceOf(Uint8Array);
    expect([...(payload as Uint8Array)]).toStrictEqual([0x1f, 0x8b, 0x00, 0xff]);
    expect(blob.requests[0]!.headers.authorization).toBeUndefined();
    expect(api.server.calls()[0]!.headers.authorization).toMatch(/^Bearer /);
  });

  it("goes through the client's proxy", async () => {
    await withLink({ json: { via: 'proxy' } });
    const proxy = await startConnectProxy();
    try {
      const payload = await new Alert({ alertId: ALERT_ID, environment: 'production', client: api.client({ proxy: proxy.url }) }).downloadRawData();
      expect(payload).toStrictEqual({ via: 'proxy' });
      expect(proxy.tunnels.map((t) => t.target)).toContain(`127.0.0.1:${blob.port}`);
    } finally {
      await proxy.close();
    }
  });

  it('a refused download is a ServerError that names the link without its signature', async () => {
    await withLink({ status: 403, body: 'AuthenticationFailed' });
    const err = await rejectionOf(new Alert({ alertId: ALERT_ID, environment: 'production', client: api.client() }).downloadRawData());
    expect(err).toBeInstanceOf(ServerError);
    expect((err as ServerError).status).toBe(403);
    expect((err as ServerError).url).toBe(`${blob.url}/container/alert-data?[REDACTED]`);
    expect(JSON.stringify(err) + (err as Error).message).not.toContain('SIGNATURE-abcdef123456');
  });
});
