/**
 * Type tests of the public surface. They are checked by `npm run typecheck` (tsc over test/):
 * a wrong type, or an `@ts-expect-error` that no longer finds an error, fails it. At run time
 * vitest only sees the assertions pass.
 */
import { describe, expectTypeOf, it } from 'vitest';
import type { OPERATIONS, PathWith } from '../../src/client/operations.js';
import {
  Alert,
  AlertSource,
  AlertStatusCode,
  AlertVerdict,
  AnalysisStatusCode,
  getAlertsByAlertIds,
  queryAlertsHistory,
  type AlertRecord,
  type AlertsHistoryResult,
} from '../../src/index.js';

/** Never called: the calls inside are only there to be type-checked. */
const typeOnly = (_fn: () => unknown): void => undefined;

describe('the public types', () => {
  it('Alert.result() is an AlertRecord', () => {
    expectTypeOf<ReturnType<Alert['result']>>().toEqualTypeOf<AlertRecord>();
  });

  it('a history walk yields AlertRecord, page by page or one by one', () => {
    expectTypeOf<AlertsHistoryResult>().toMatchTypeOf<AsyncIterable<AlertRecord>>();
    expectTypeOf<ReturnType<AlertsHistoryResult['pages']>>().toMatchTypeOf<AsyncIterable<AlertRecord[]>>();
    expectTypeOf<ReturnType<AlertsHistoryResult['all']>>().toEqualTypeOf<Promise<AlertRecord[]>>();
    expectTypeOf<ReturnType<typeof getAlertsByAlertIds>>().toEqualTypeOf<Promise<{ count: number; alerts: AlertRecord[] }>>();
  });

  it('the value-set types are unions of their values', () => {
    expectTypeOf<AlertStatusCode>().toEqualTypeOf<'queued' | 'in_progress' | 'not_found' | 'finished'>();
    expectTypeOf<AlertVerdict>().toEqualTypeOf<'confirmed_threat' | 'likely_true_positive' | 'suspicious_behavior' | 'false_positive' | 'inconclusive'>();
    expectTypeOf<AlertSource>().toEqualTypeOf<'s1' | 'cs' | 'splunk_siem' | 'microsoft_sentinel' | 'xsoar' | 'phishing_emails'>();
    expectTypeOf<AnalysisStatusCode>().toEqualTypeOf<'created' | 'in_progress' | 'queued' | 'failed' | 'finished'>();
    expectTypeOf(AlertVerdict.CONFIRMED_THREAT).toEqualTypeOf<'confirmed_threat'>();
  });

  it('open value sets suggest their known values and take any string', () => {
    type Known<T> = T extends string ? (string extends T ? never : T) : never;
    expectTypeOf<Known<Exclude<Alert['verdict'], undefined>>>().toEqualTypeOf<AlertVerdict>();
    expectTypeOf<Known<Exclude<Alert['source'], undefined>>>().toEqualTypeOf<AlertSource>();
    expectTypeOf<'a_verdict_added_later'>().toExtend<Exclude<Alert['verdict'], undefined>>();
    expectTypeOf<Known<Exclude<NonNullable<AlertRecord['triage_result']>['alert_verdict'], null | undefined>>>().toEqualTypeOf<AlertVerdict>();
  });

  it('Alert.send resolves to an Alert', () => {
    expectTypeOf<ReturnType<typeof Alert.send>>().toEqualTypeOf<Promise<Alert>>();
  });

  it('an alert record always has its alert_id', () => {
    expectTypeOf<AlertRecord['alert_id']>().toEqualTypeOf<string>();
  });

  it('the options of the facade refuse unknown keys', () => {
    typeOnly(() => {
      // @ts-expect-error: a misspelt option of fromId
      void Alert.fromId('x', { wiat: true });
      // @ts-expect-error: a misspelt filter of the history search
      void queryAlertsHistory({ sorces: ['s1'] });
      // @ts-expect-error: a misspelt option of sendPhishingEmail
      void Alert.sendPhishingEmail({ emailPath: 'a.eml', enviroment: 'prod' });
      // @ts-expect-error: a misspelt option of getAlertsByAlertIds
      void getAlertsByAlertIds(['a'], { environment: ['prod'] });
      // @ts-expect-error: a misspelt option of waitForCompletion
      void new Alert({ alertId: 'a' }).waitForCompletion({ timeout: 5 });
      // @ts-expect-error: the wire name instead of Alert.send's option
      void Alert.send({ rawAlert: {}, source: 's1', display_fields: ['a'] });
      // @ts-expect-error: Alert.send without its source
      void Alert.send({ rawAlert: {} });
      // @ts-expect-error: displayFields is a list, not a comma-joined string
      void Alert.send({ rawAlert: {}, source: 's1', displayFields: 'a,b' });
    });
  });

  it('the operation table only holds paths of the OpenAPI document', () => {
    expectTypeOf<(typeof OPERATIONS)['getAlertById']['path']>().toEqualTypeOf<'/alerts/get-by-id'>();
    expectTypeOf<(typeof OPERATIONS)['getAlertById']['key']>().toEqualTypeOf<'GET /alerts/get-by-id'>();
    expectTypeOf<'/alerts/get-by-id'>().toMatchTypeOf<PathWith<'get'>>();
    // @ts-expect-error: a typo in a path
    expectTypeOf<'/alerts/get-by-idd'>().toMatchTypeOf<PathWith<'get'>>();
    // @ts-expect-error: a path the document has, but not for this method
    expectTypeOf<'/alerts/ingest/binary'>().toMatchTypeOf<PathWith<'get'>>();
  });
});
