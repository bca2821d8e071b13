import { describe, expect, it } from 'vitest';
import { Alert, getAlertsByAlertIds, InvalidArgumentError } from '../../src/index.js';
import { alertRecord } from '../helpers/answers.js';
import { useFakeService } from './service.js';

const svc = useFakeService();
const BY_IDS = 'GET /alerts/search';

describe('getAlertsByAlertIds', () => {
  it('sends the ids (and environments) in a GET body and returns count and records', async () => {
    svc.routes({ [BY_IDS]: () => ({ json: { result: { alerts_count: 2, alerts: [alertRecord, { ...alertRecord, alert_id: 'b' }] } } }) });
    const { count, alerts } = await getAlertsByAlertIds(['id-1', 'id-2'], { environments: ['production'], client: svc.client() });
    expect(count).toBe(2);
    expect(alerts.map((a) => a.alert_id)).toEqual([alertRecord.alert_id, 'b']);
    const [req] = svc.callsTo(BY_IDS);
    expect(req!.method).toBe('GET');
    expect(req!.json).toEqual({ alert_ids: ['id-1', 'id-2'], environments: ['production'] });
  });

  it.each([
    ['an empty id list', [] as string[]],
    ['a blank id', ['ok', ' ']],
    ['not an array', 'id-1' as unknown as string[]],
  ])('refuses %s before any request', async (_label, ids) => {
    svc.routes({});
    await expect(getAlertsByAlertIds(ids, { client: svc.client() })).rejects.toBeInstanceOf(InvalidArgumentError);
    expect(svc.server.requests).toHaveLength(0);
  });
});

describe('Alert.fromId input', () => {
  it.each(['', '   '])('refuses the alert id %j before any request', async (id) => {
    svc.routes({});
    await expect(Alert.fromId(id, { client: svc.client() })).rejects.toBeInstanceOf(InvalidArgumentError);
    expect(svc.server.requests).toHaveLength(0);
  });
});
