import { describe, expect, it } from 'vitest';
import {
  Alert,
  AlertInProgressError,
  AlertNotFoundError,
  AnalysisStatusCode,
  InvalidArgumentError,
  Operation,
  OperationFailedError,
  OperationStillRunningError,
  ServerError,
  UnsupportedOnPremiseVersionError,
  WaitTimeoutError,
} from '../../src/index.js';
import { ALERT_ID } from '../helpers/answers.js';
import { rejectionOf } from '../helpers/fixture.js';
import { finished, inProgress, notFound } from './alert-answers.js';
import { sequence, useFakeService } from './service.js';

const svc = useFakeService();
const GET_BY_ID = 'GET /alerts/get-by-id';
const RAW = 'GET /alerts/:id/raw-data';
const NOTIFY = 'POST /alerts/:id/notify';
const DELETE = 'DELETE /alerts/:id';
const OPERATION = 'GET /delete-operation-7';

describe('getRawData', () => {
  it("uses the alert's own environment, learned from the status check", async () => {
    svc.routes({ [GET_BY_ID]: () => finished(), [RAW]: () => ({ json: { result: { alert: { id: 'x' } }, extra: 1 } }) });
    const alert = await Alert.fromId(ALERT_ID, { client: svc.client() });
    const raw = await alert.getRawData();
    expect(raw).toEqual({ result: { alert: { id: 'x' } }, extra: 1 });
    const [req] = svc.callsTo(RAW);
    expect(req!.method).toBe('GET');
    expect(req!.url).toBe(`/api/v2-0/alerts/${ALERT_ID}/raw-data`);
    expect(req!.json).toEqual({ environment: 'production', raw_data_type: 'raw_alert' });
  });

  it('an explicit environment and raw data type win over the defaults', async () => {
    svc.routes({ [RAW]: () => ({ json: { result: {} } }) });
    const alert = new Alert({ alertId: ALERT_ID, environment: 'production', client: svc.client() });
    await alert.getRawData({ environment: 'staging', rawDataType: 'normalized' });
    expect(svc.callsTo(RAW)[0]!.json).toEqual({ environment: 'staging', raw_data_type: 'normalized' });
  });

  it('without any environment throws InvalidArgumentError and sends nothing', async () => {
    svc.routes({});
    const alert = new Alert({ alertId: ALERT_ID, client: svc.client() });
    await expect(alert.getRawData()).rejects.toBeInstanceOf(InvalidArgumentError);
    expect(svc.server.requests).toHaveLength(0);
  });

  it('404 is AlertNotFoundError', async () => {
    svc.routes({ [RAW]: () => notFound });
    const alert = new Alert({ alertId: ALERT_ID, environment: 'production', client: svc.client() });
    await expect(alert.getRawData()).rejects.toBeInstanceOf(AlertNotFoundError);
  });
});

describe('notify', () => {
  it('returns the notified channels and sends the environment', async () => {
    svc.routes({ [GET_BY_ID]: () => finished(), [NOTIFY]: () => ({ json: { notified_channels: ['email', 'slack'] } }) });
    const alert = await Alert.fromId(ALERT_ID, { client: svc.client() });
    expect(await alert.notify()).toEqual(['email', 'slack']);
    expect(svc.callsTo(NOTIFY)[0]!.json).toEqual({ environment: 'production' });
  });

  it('reads an answer without a channel list as no channels', async () => {
    svc.routes({ [GET_BY_ID]: () => finished(), [NOTIFY]: () => ({ json: {} }) });
    const alert = await Alert.fromId(ALERT_ID, { client: svc.client() });
    expect(await alert.notify()).toEqual([]);
  });

  it('checks the status first when none is known, and refuses an alert still in triage without notifying', async () => {
    svc.routes({ [GET_BY_ID]: () => inProgress(), [NOTIFY]: () => ({ json: {} }) });
    const alert = new Alert({ alertId: ALERT_ID, client: svc.client() });
    await expect(alert.notify()).rejects.toBeInstanceOf(AlertInProgressError);
    expect(svc.callsTo(GET_BY_ID)).toHaveLength(1);
    expect(svc.callsTo(NOTIFY)).toHaveLength(0);
  });

  it('refuses an unknown alert with AlertNotFoundError', async () => {
    svc.routes({ [GET_BY_ID]: () => notFound });
    const alert = new Alert({ alertId: ALERT_ID, client: svc.client() });
    await expect(alert.notify()).rejects.toBeInstanceOf(AlertNotFoundError);
  });

  it('on an on-premise client is refused before any request, the status check included', async () => {
    svc.routes({ [GET_BY_ID]: () => notFound, [NOTIFY]: () => ({ json: {} }) });
    const alert = new Alert({ alertId: ALERT_ID, client: svc.client({ onPremiseVersion: 22.1 }) });
    const err = await rejectionOf(alert.notify());
    expect(err).toBeInstanceOf(UnsupportedOnPremiseVersionError);
    expect((err as Error).message).toContain('22.10');
    expect(svc.callsTo(GET_BY_ID)).toHaveLength(0);
    expect(svc.callsTo(NOTIFY)).toHaveLength(0);
  });
});

describe('delete and its Operation', () => {
  it('sends the environment in the DELETE body and polls the operation until it succeeds', async () => {
    svc.routes({
      [GET_BY_ID]: () => finished(),
      [DELETE]: () => ({ json: { result_url: '/delete-operation-7' } }),
      [OPERATION]: sequence(
        { status: 202, json: { status: 'in_progress' } },
        { status: 202, json: { status: 'in_progress' } },
        { json: { status: 'succeeded', result: { deleted: true } } },
      ),
    });
    const alert = await Alert.fromId(ALERT_ID, { client: svc.client() });
    const op = await alert.delete({ waitForCompletion: true });
    expect(op).toBeInstanceOf(Operation);
    expect(op.name).toBe('Delete Alert');
    expect(op.url).toBe('/delete-operation-7');
    expect(op.status).toBe(AnalysisStatusCode.FINISHED);
    expect(await op.getResult()).toEqual({ deleted: true });
    expect(svc.callsTo(DELETE)[0]!.json).toEqual({ environment: 'production' });
    expect(svc.callsTo(OPERATION)).toHaveLength(3);
  });

  it('learns the environment with a status check when it is not known yet', async () => {
    svc.routes({ [GET_BY_ID]: () => finished(), [DELETE]: () => ({ json: { result_url: '/delete-operation-7' } }) });
    const alert = new Alert({ alertId: ALERT_ID, client: svc.client() });
    await alert.delete();
    expect(svc.server.calls().map((r) => r.method)).toEqual(['GET', 'DELETE']);
    expect(svc.callsTo(DELETE)[0]!.json).toEqual({ environment: 'production' });
  });

  it('getResult while running throws OperationStillRunningError; checkStatus turns true once done', async () => {
    svc.routes({
      [DELETE]: () => ({ json: { result_url: '/delete-operation-7' } }),
      [OPERATION]: sequence({ status: 202, json: { status: 'in_progress' } }, { json: { status: 'succeeded', result: 42 } }),
    });
    const op = await new Alert({ alertId: ALERT_ID, environment: 'production', client: svc.client() }).delete();
    await expect(op.getResult()).rejects.toBeInstanceOf(OperationStillRunningError);
    expect(await op.checkStatus()).toBe(true);
    expect(await op.getResult()).toBe(42);
    expect(svc.callsTo(OPERATION)).toHaveLength(2);
  });

  it('an operation that answers with an error fails with OperationFailedError', async () => {
    svc.routes({ [OPERATION]: () => ({ json: { status: 'failed', error: 'cannot delete' } }) });
    const op = new Operation('/delete-operation-7', 'Delete Alert', svc.client());
    const err = await rejectionOf(op.waitForCompletion());
    expect(err).toBeInstanceOf(OperationFailedError);
    expect(op.status).toBe(AnalysisStatusCode.FAILED);
  });

  it('an operation wait stops at timeoutMs', async () => {
    svc.routes({ [OPERATION]: () => ({ status: 202, json: { status: 'in_progress' } }) });
    const op = new Operation('/delete-operation-7', 'Delete Alert', svc.client({ pollIntervalMs: 10 }));
    await expect(op.waitForCompletion({ timeoutMs: 60 })).rejects.toBeInstanceOf(WaitTimeoutError);
  });

  it('deleting an unknown alert is AlertNotFoundError; a 500 stays ServerError', async () => {
    svc.routes({ [DELETE]: sequence(notFound, { status: 500, json: { error: 'x' } }) });
    const alert = new Alert({ alertId: ALERT_ID, environment: 'production', client: svc.client() });
    await expect(alert.delete()).rejects.toBeInstanceOf(AlertNotFoundError);
    const err = await rejectionOf(alert.delete());
    expect(err).toBeInstanceOf(ServerError);
    expect(err).not.toBeInstanceOf(AlertNotFoundError);
  });
});
