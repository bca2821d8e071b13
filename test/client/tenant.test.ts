/**
 * Multi-tenant accounts: `tenant_id` goes into the JSON bodies of get-by-id, search-by-ids,
 * notify and raw-data (openapi/openapi.yaml, TenantId), from the option or INTEZER_TENANT_ID, and
 * nowhere else.
 */
import { describe, expect, it, vi } from 'vitest';
import type { IntezerClient } from '../../src/client/client.js';
import {
  deleteAlert,
  getAlertById,
  getAlertRawData,
  getAlertsByIds,
  getAnalysis,
  getOperationResult,
  ingestPhishingEmail,
  notifyAlert,
  searchAlertsHistory,
} from '../../src/client/endpoints.js';
import { ALERT_ID, ok } from '../helpers/answers.js';
import { useWireServer } from '../helpers/fixture.js';
import type { Reply } from '../helpers/wire-server.js';

const wire = useWireServer();

/** Every operation, each answered validly; keyed by a short name. */
const everyOperation: Record<string, [Reply, (c: IntezerClient) => Promise<unknown>]> = {
  getById: [ok.alert, (c) => getAlertById(c, ALERT_ID, 'production')],
  searchByIds: [ok.alertsList, (c) => getAlertsByIds(c, [ALERT_ID])],
  notify: [ok.notify, (c) => notifyAlert(c, ALERT_ID)],
  rawData: [ok.rawData, (c) => getAlertRawData(c, ALERT_ID, 'production', 'raw_alert')],
  history: [ok.alertsList, (c) => searchAlertsHistory(c, { offset: 0, limit: 10 })],
  delete: [ok.delete, (c) => deleteAlert(c, ALERT_ID, 'production')],
  ingest: [ok.ingest, (c) => ingestPhishingEmail(c, { email: new TextEncoder().encode('Subject: hi\r\n\r\nbody') })],
  operation: [ok.operation, (c) => getOperationResult(c, '/ops/1')],
  fileAnalysis: [ok.analysis, (c) => getAnalysis(c, 'file', 'an-1')],
};
const WITH_TENANT = ['getById', 'searchByIds', 'notify', 'rawData'];

/** Runs every operation in turn; returns what each sent, by name. */
async function sendEveryOperation(client: IntezerClient) {
  const sent: Record<string, { json: unknown; body: string }> = {};
  for (const [name, [reply, run]] of Object.entries(everyOperation)) {
    wire.server.reply(reply);
    await run(client);
    const req = wire.server.calls().at(-1)!;
    sent[name] = { json: req.json, body: req.body.toString('latin1') };
  }
  return sent;
}

describe('tenant_id', () => {
  it.each([
    ['the tenantId option', () => wire.client({ tenantId: 'tenant-7' })],
    ['INTEZER_TENANT_ID', () => (vi.stubEnv('INTEZER_TENANT_ID', 'tenant-7'), wire.client())],
  ])('from %s it is added to get-by-id, search-by-ids, notify and raw-data only', async (_source, makeClient) => {
    const sent = await sendEveryOperation(makeClient());
    for (const [name, { json, body }] of Object.entries(sent)) {
      if (WITH_TENANT.includes(name)) expect(json, name).toMatchObject({ tenant_id: 'tenant-7' });
      else expect(body, name).not.toContain('tenant');
    }
  });

  it('notify with only a tenant sends {tenant_id} as its body', async () => {
    wire.server.reply(ok.notify);
    await notifyAlert(wire.client({ tenantId: 'tenant-7' }), ALERT_ID);
    expect(wire.server.calls()[0]!.json).toStrictEqual({ tenant_id: 'tenant-7' });
  });

  it('get-by-id carries environment and tenant_id side by side', async () => {
    wire.server.reply(ok.alert);
    await getAlertById(wire.client({ tenantId: 'tenant-7' }), ALERT_ID, 'production');
    expect(wire.server.calls()[0]!.json).toStrictEqual({ alert_id: ALERT_ID, environment: 'production', tenant_id: 'tenant-7' });
  });

  it('the option wins over INTEZER_TENANT_ID', async () => {
    vi.stubEnv('INTEZER_TENANT_ID', 'from-env');
    wire.server.reply(ok.alert);
    await getAlertById(wire.client({ tenantId: 'from-option' }), ALERT_ID);
    expect(wire.server.calls()[0]!.json).toStrictEqual({ alert_id: ALERT_ID, tenant_id: 'from-option' });
  });

  it('without option or variable no body mentions a tenant', async () => {
    const sent = await sendEveryOperation(wire.client());
    for (const [name, { body }] of Object.entries(sent)) expect(body, name).not.toContain('tenant');
  });
});
