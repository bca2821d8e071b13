/**
 * The record types name only the fields the OpenAPI document knows: a misspelt field is a
 * compile error (checked by `npm run typecheck`: an `@ts-expect-error` that finds no error
 * fails it). Before, an index signature let `rec.alert_idd` compile as `unknown`. At run time
 * the fields the service adds still pass through (the last test).
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import { Alert, getAlertsByAlertIds, type AlertRecord, type ScanRecord, type TriageResultRecord } from '../../src/index.js';
import { ALERT_ID, alertRecord } from '../helpers/answers.js';
import { useFakeService } from '../facade/service.js';

const svc = useFakeService();

/** Never called: only type-checked. */
const typeOnly = (_fn: () => unknown): void => undefined;

describe('record types', () => {
  it('a misspelt field does not compile, at any depth', () => {
    typeOnly(() => {
      const rec = {} as AlertRecord;
      // @ts-expect-error: alert_idd is no field of an alert
      void rec.alert_idd;
      // @ts-expect-error: a misspelt field of triage_result
      void rec.triage_result?.alert_verdictt;
      // @ts-expect-error: a misspelt field of a scan
      void rec.scans?.[0]?.scan_typ;
      // @ts-expect-error: a misspelt field of the source's alert
      void rec.alert?.device?.hostnam;
      const triage = {} as TriageResultRecord;
      // @ts-expect-error: a misspelt field of a triage record
      void triage.family_nam;
      const scan = {} as ScanRecord;
      // @ts-expect-error: a misspelt field of a scan record
      void scan.file_analyses;
    });
  });

  it('the known fields keep their types; a field the document does not name is reached with `in`', () => {
    expectTypeOf<AlertRecord['alert_id']>().toEqualTypeOf<string>();
    expectTypeOf<NonNullable<NonNullable<AlertRecord['triage_result']>['family_name']>>().toEqualTypeOf<string>();
    // Open value sets stay strings that suggest their known values.
    expectTypeOf<NonNullable<NonNullable<AlertRecord['triage_result']>['alert_verdict']>>().toExtend<string>();
    expectTypeOf<NonNullable<AlertRecord['source']>>().toExtend<string>();
    expectTypeOf<NonNullable<NonNullable<AlertRecord['scans']>[number]['scan_type']>>().toExtend<string>();
    expectTypeOf<'confirmed_threat'>().toExtend<NonNullable<NonNullable<AlertRecord['triage_result']>['alert_verdict']>>();
    typeOnly(() => {
      const rec = {} as AlertRecord;
      if ('added_later' in rec) expectTypeOf(rec.added_later).toEqualTypeOf<unknown>();
    });
  });

  it('at run time, fields the service added pass through untouched', async () => {
    const withExtra = { ...alertRecord, added_later: { deep: [1, 2] }, triage_result: { ...alertRecord.triage_result, new_score: 7 } };
    svc.routes({
      'GET /alerts/get-by-id': () => ({ json: { result: withExtra, status: 'success' } }),
      'GET /alerts/search': () => ({ json: { result: { alerts_count: 1, alerts: [withExtra] } } }),
    });
    const client = svc.client();
    const alert = await Alert.fromId(ALERT_ID, { client });
    expect(alert.result()).toEqual(withExtra);
    expect((await getAlertsByAlertIds([ALERT_ID], { client })).alerts[0]).toEqual(withExtra);
  });
});
