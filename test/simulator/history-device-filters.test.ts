/**
 * History search honours the device, address and response filters: each narrows the answer to
 * the alerts that hold the value (on f621bc3 they were accepted and ignored, so every alert matched).
 */
import { describe, expect, it } from 'vitest';
import type { SimAlert, Simulator } from '../../src/simulator/index.js';
import { call, useSimulator } from './wire.js';

let sim: Simulator;
let token: string;
let laptop: SimAlert;
let server: SimAlert;
let mail: SimAlert;
useSimulator({ seed: 30 }, (s, t) => {
  sim = s;
  token = t;
  laptop = sim.addAlert({
    source: 's1',
    verdict: 'confirmed_threat',
    device: { hostname: 'FIN-LAPTOP-7', privateIp: '10.9.9.7', externalIp: '198.51.100.7', deviceId: 'agent-7', username: 'alice' },
    artifacts: [{ type: 'ip', value: '192.0.2.66', verdict: 'malicious', familyName: null }],
  });
  server = sim.addAlert({
    source: 'cs',
    verdict: 'false_positive',
    device: { hostname: 'DC-01', privateIp: '10.9.9.1', deviceId: 'agent-1', username: 'svc-backup' },
  });
  mail = sim.addAlert({
    source: 'phishing_emails',
    verdict: 'likely_true_positive',
    email: { subject: 'verify your account' },
    artifacts: [{ type: 'domain', value: 'login-microsoftonline.example', verdict: 'malicious', familyName: null }],
  });
});

const ids = async (body: object) => {
  const res = await call(sim, 'POST', '/alerts/search', { body, token });
  expect(res.status).toBe(200);
  return (res.json.result.alerts as { alert_id: string }[]).map((a) => a.alert_id).sort();
};

describe('history search: device, address and response filters', () => {
  it.each([
    ['hostnames (any case)', () => ({ hostnames: ['fin-laptop-7'] }), () => [laptop]],
    ['hostnames, several', () => ({ hostnames: ['FIN-LAPTOP-7', 'DC-01'] }), () => [laptop, server]],
    ['device_private_ips', () => ({ device_private_ips: ['10.9.9.1'] }), () => [server]],
    ['device_external_ips', () => ({ device_external_ips: ['198.51.100.7'] }), () => [laptop]],
    ['device_ids', () => ({ device_ids: ['agent-7', 'agent-1'] }), () => [laptop, server]],
    ['usernames', () => ({ usernames: ['SVC-BACKUP'] }), () => [server]],
    ['ips: a device address', () => ({ ips: ['10.9.9.7'] }), () => [laptop]],
    ['ips: an ip artifact', () => ({ ips: ['192.0.2.66'] }), () => [laptop]],
    ['domains: a domain artifact', () => ({ domains: ['LOGIN-MICROSOFTONLINE.example'] }), () => [mail]],
    ['hostnames and device_ids together (both must hold)', () => ({ hostnames: ['FIN-LAPTOP-7'], device_ids: ['agent-1'] }), () => []],
    ['a hostname no alert has', () => ({ hostnames: ['nowhere'] }), () => []],
  ])('%s', async (_label, filters, want) => {
    expect(await ids(filters())).toEqual(
      want()
        .map((a) => a.alertId)
        .sort(),
    );
  });

  it('every seeded EDR/SIEM alert has a device the filters find; an email alert has none', async () => {
    const seeded = sim.alerts().find((a) => a.source === 's1' && a !== laptop)!;
    expect(await ids({ hostnames: [seeded.device!.hostname], device_ids: [seeded.device!.deviceId!] })).toContain(seeded.alertId);
    expect(
      sim
        .alerts()
        .filter((a) => a.email)
        .every((a) => a.device === undefined),
    ).toBe(true);
  });

  it('response_statuses: escalated verdicts versus no action needed', async () => {
    const escalated = await ids({ response_statuses: ['escalated'] });
    const none = await ids({ response_statuses: ['no_action_needed'] });
    expect(escalated).toContain(laptop.alertId);
    expect(none).toContain(server.alertId);
    expect(escalated.filter((id) => none.includes(id))).toEqual([]);
    expect(escalated.length + none.length).toBe(sim.alerts().length);
  });

  it('is_mitigated: no simulated alert is mitigated', async () => {
    expect(await ids({ is_mitigated: true })).toEqual([]);
    expect(await ids({ is_mitigated: false })).toHaveLength(sim.alerts().length);
  });
});
