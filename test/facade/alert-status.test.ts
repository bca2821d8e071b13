import { describe, expect, it } from 'vitest';
import {
  Alert,
  AlertConflictError,
  AlertInProgressError,
  AlertNotFoundError,
  AlertStatusCode,
  InvalidApiKeyError,
  ServerError,
  WaitTimeoutError,
} from '../../src/index.js';
import { ALERT_ID, alertRecord } from '../helpers/answers.js';
import { rejectionOf } from '../helpers/fixture.js';
import { finished, inProgress, notFound } from './alert-answers.js';
import { sequence, useFakeService } from './service.js';

const svc = useFakeService();
const GET_BY_ID = 'GET /alerts/get-by-id';

describe('Alert.fromId and checkStatus', () => {
  it('fills every attribute of a finished alert from the service', async () => {
    svc.routes({ [GET_BY_ID]: () => finished() });
    const alert = await Alert.fromId(ALERT_ID, { client: svc.client() });
    expect(alert.status).toBe(AlertStatusCode.FINISHED);
    expect(alert.verdict).toBe('confirmed_threat');
    expect(alert.familyName).toBe('Agent Tesla');
    expect(alert.source).toBe('phishing_emails');
    expect(alert.sender).toBe('soc@example.com');
    expect(alert.environment).toBe('production');
    expect(alert.intezerAlertUrl).toBe(alertRecord.intezer_alert_url);
    expect(alert.alertUpdateTime).toEqual(new Date('2026-04-29T12:34:56Z'));
    expect(alert.isRunning()).toBe(false);
    expect(svc.callsTo(GET_BY_ID)[0]!.json).toEqual({ alert_id: ALERT_ID });
  });

  it('sends the environment it was given in the GET body', async () => {
    svc.routes({ [GET_BY_ID]: () => finished() });
    await Alert.fromId(ALERT_ID, { environment: 'staging', client: svc.client() });
    expect(svc.callsTo(GET_BY_ID)[0]!.json).toEqual({ alert_id: ALERT_ID, environment: 'staging' });
  });

  it('keeps an unknown verdict and unknown fields as the service sent them', async () => {
    const record = { ...alertRecord, brand_new_field: { x: 1 }, triage_result: { alert_verdict: 'quantum_threat', extra: true } };
    svc.routes({ [GET_BY_ID]: () => finished(record) });
    const alert = await Alert.fromId(ALERT_ID, { client: svc.client() });
    expect(alert.verdict).toBe('quantum_threat');
    expect(alert.result()).toEqual(record);
  });

  it('refreshes every attribute on each status check, clearing what the service no longer sends', async () => {
    svc.routes({
      [GET_BY_ID]: sequence(finished(), finished({ alert_id: ALERT_ID, environment: 'production', triage_result: { alert_verdict: 'false_positive' } })),
    });
    const alert = await Alert.fromId(ALERT_ID, { client: svc.client() });
    expect(alert.familyName).toBe('Agent Tesla');
    await alert.checkStatus();
    expect(alert.verdict).toBe('false_positive');
    expect(alert.familyName).toBeUndefined();
    expect(alert.alertUpdateTime).toBeUndefined();
  });

  it('maps the wire status "queued" to in_progress', async () => {
    svc.routes({ [GET_BY_ID]: () => inProgress(undefined, 'queued') });
    const alert = new Alert({ alertId: ALERT_ID, client: svc.client() });
    expect(await alert.checkStatus()).toBe(AlertStatusCode.IN_PROGRESS);
    expect(alert.isRunning()).toBe(true);
  });

  it('throws AlertInProgressError for an alert in triage when not waiting', async () => {
    svc.routes({ [GET_BY_ID]: () => inProgress() });
    const err = await rejectionOf(Alert.fromId(ALERT_ID, { client: svc.client() }));
    expect(err).toBeInstanceOf(AlertInProgressError);
    expect((err as AlertInProgressError).alertId).toBe(ALERT_ID);
  });

  it('with raiseOnInProgress: false returns the fields known so far, and result() returns them', async () => {
    svc.routes({ [GET_BY_ID]: () => inProgress({ alert_id: ALERT_ID, environment: 'production', source: 'phishing_emails', sender: 'a@b.c' }) });
    const alert = await Alert.fromId(ALERT_ID, { raiseOnInProgress: false, fetchScans: true, client: svc.client() });
    expect(alert.status).toBe(AlertStatusCode.IN_PROGRESS);
    expect(alert.sender).toBe('a@b.c');
    expect(alert.verdict).toBeUndefined();
    expect(alert.result()).toMatchObject({ sender: 'a@b.c' });
    expect(alert.scans).toEqual([]);
  });

  it('result() throws AlertInProgressError while triage runs (default raiseOnInProgress)', async () => {
    svc.routes({ [GET_BY_ID]: () => inProgress() });
    const alert = new Alert({ alertId: ALERT_ID, client: svc.client() });
    await alert.checkStatus();
    expect(() => alert.result()).toThrow(AlertInProgressError);
  });

  it('with wait: true polls until triage finishes', async () => {
    svc.routes({ [GET_BY_ID]: sequence(inProgress(), inProgress(), inProgress(undefined, 'queued'), finished()) });
    const alert = await Alert.fromId(ALERT_ID, { wait: true, client: svc.client() });
    expect(alert.status).toBe(AlertStatusCode.FINISHED);
    expect(alert.verdict).toBe('confirmed_threat');
    expect(svc.callsTo(GET_BY_ID)).toHaveLength(4);
  });

  it('with wait: true and timeoutMs stops with WaitTimeoutError', async () => {
    svc.routes({ [GET_BY_ID]: () => inProgress() });
    const err = await rejectionOf(Alert.fromId(ALERT_ID, { wait: true, timeoutMs: 80, client: svc.client({ pollIntervalMs: 10 }) }));
    expect(err).toBeInstanceOf(WaitTimeoutError);
  });

  it('404 sets status not_found and throws AlertNotFoundError', async () => {
    svc.routes({ [GET_BY_ID]: () => notFound });
    const alert = new Alert({ alertId: ALERT_ID, client: svc.client() });
    const err = await rejectionOf(alert.checkStatus());
    expect(err).toBeInstanceOf(AlertNotFoundError);
    expect(alert.status).toBe(AlertStatusCode.NOT_FOUND);
    expect(alert.isRunning()).toBe(false);
    expect(() => alert.result()).toThrow(AlertNotFoundError);
  });

  it('409 (id in several environments) throws AlertConflictError carrying the service text', async () => {
    svc.routes({ [GET_BY_ID]: () => ({ status: 409, json: { error: 'Alert exists in multiple environments' } }) });
    const err = await rejectionOf(Alert.fromId(ALERT_ID, { client: svc.client() }));
    expect(err).toBeInstanceOf(AlertConflictError);
    expect((err as Error).message).toContain('multiple environments');
  });

  it('500 stays a ServerError and is never disguised as not found', async () => {
    svc.routes({ [GET_BY_ID]: () => ({ status: 500, json: { error: 'boom' } }) });
    const alert = new Alert({ alertId: ALERT_ID, client: svc.client() });
    const err = await rejectionOf(alert.checkStatus());
    expect(err).toBeInstanceOf(ServerError);
    expect(err).not.toBeInstanceOf(AlertNotFoundError);
    expect((err as ServerError).status).toBe(500);
    expect(alert.status).toBeUndefined();
  });

  it('a key refused twice is InvalidApiKeyError, not not-found', async () => {
    svc.routes({ [GET_BY_ID]: () => ({ status: 401, json: { error: 'Invalid access token' } }) });
    const err = await rejectionOf(Alert.fromId(ALERT_ID, { client: svc.client() }));
    expect(err).toBeInstanceOf(InvalidApiKeyError);
  });
});
