/**
 * The wire form of every operation in src/client/endpoints.ts as it arrives at a real
 * server: method, path under /api/v2-0, and the JSON bodies, including those sent on GET.
 */
import { describe, expect, it } from 'vitest';
import {
  deleteAlert,
  getAlertById,
  getAlertRawData,
  getAlertsByIds,
  getAnalysis,
  getOperationResult,
  notifyAlert,
  searchAlertsHistory,
} from '../../src/client/endpoints.js';
import { ResponseValidationError } from '../../src/client/errors.js';
import { ALERT_ID, ok } from '../helpers/answers.js';
import { rejectionOf, useWireServer } from '../helpers/fixture.js';
import type { RecordedRequest } from '../helpers/wire-server.js';

const wire = useWireServer();

/** The one request the test made besides the token exchange. */
function onlyCall(): RecordedRequest {
  const calls = wire.server.calls();
  expect(calls).toHaveLength(1);
  return calls[0]!;
}

/** A JSON body: Content-Type application/json, a Content-Length that counts its bytes, and exactly `expected`. */
function expectJsonBody(req: RecordedRequest, expected: unknown): void {
  expect(req.headers['content-type']).toBe('application/json');
  expect(req.headers['transfer-encoding']).toBeUndefined();
  expect(req.body.length).toBeGreaterThan(0);
  expect(req.headers['content-length']).toBe(String(req.body.length));
  expect(req.json).toStrictEqual(expected);
}

/** The one call was a GET of `path` whose body is the empty JSON object `{}` (as every parameterless call). */
function expectEmptyBodyGet(path: string): void {
  const req = onlyCall();
  expect(req.method).toBe('GET');
  expect(req.url).toBe(path);
  expectJsonBody(req, {});
}

describe('GET requests with a JSON body', () => {
  it('get-by-id is a GET to /alerts/get-by-id with {alert_id, environment} as its body', async () => {
    wire.server.reply(ok.alert);
    const data = await getAlertById(wire.client(), ALERT_ID, 'prod-ü');
    const req = onlyCall();
    expect(req.method).toBe('GET');
    expect(req.url).toBe('/api/v2-0/alerts/get-by-id');
    // 'ü' is two bytes in UTF-8: the Content-Length counts bytes, not characters.
    expectJsonBody(req, { alert_id: ALERT_ID, environment: 'prod-ü' });
    expect(data).toStrictEqual(ok.alert.json);
  });

  it('get-by-id without an environment sends only alert_id', async () => {
    wire.server.reply(ok.alert);
    await getAlertById(wire.client(), ALERT_ID);
    expectJsonBody(onlyCall(), { alert_id: ALERT_ID });
  });

  it('search-by-ids is a GET to /alerts/search with {alert_ids, environments} as its body', async () => {
    wire.server.reply(ok.alertsList);
    const result = await getAlertsByIds(wire.client(), ['a-1', 'a-2'], ['production', 'staging']);
    const req = onlyCall();
    expect(req.method).toBe('GET');
    expect(req.url).toBe('/api/v2-0/alerts/search');
    expectJsonBody(req, { alert_ids: ['a-1', 'a-2'], environments: ['production', 'staging'] });
    expect(result).toStrictEqual(ok.alertsList.json.result);
  });

  it('raw-data is a GET to /alerts/{id}/raw-data with {environment, raw_data_type} and returns the whole JSON answer', async () => {
    wire.server.reply(ok.rawData);
    const data = await getAlertRawData(wire.client(), ALERT_ID, 'production', 'raw_alert');
    const req = onlyCall();
    expect(req.method).toBe('GET');
    expect(req.url).toBe(`/api/v2-0/alerts/${ALERT_ID}/raw-data`);
    expectJsonBody(req, { environment: 'production', raw_data_type: 'raw_alert' });
    expect(data).toStrictEqual(ok.rawData.json);
  });

  it('an alert id is percent-encoded as one path segment', async () => {
    wire.server.reply(ok.rawData);
    await getAlertRawData(wire.client(), 'a/b c', 'production', 'raw_alert');
    expect(onlyCall().url).toBe('/api/v2-0/alerts/a%2Fb%20c/raw-data');
  });
});

describe('POST and DELETE bodies', () => {
  it('history search is a POST to /alerts/search with exactly the filters given', async () => {
    wire.server.reply(ok.alertsList);
    const filters = {
      start_time: 1777000000.25,
      end_time: 1777604800,
      offset: 0,
      limit: 100,
      sources: ['s1', 'cs'],
      is_mitigated: false,
      time_filter_type: 'triage_time' as const,
      sort_by: ['CREATION_TIME'],
      sort_order: 'desc' as const,
    };
    await searchAlertsHistory(wire.client(), filters);
    const req = onlyCall();
    expect(req.method).toBe('POST');
    expect(req.url).toBe('/api/v2-0/alerts/search');
    expectJsonBody(req, filters);
  });

  it('notify without environment or tenant is a POST to /alerts/{id}/notify with the JSON body {}', async () => {
    wire.server.reply(ok.notify);
    const channels = await notifyAlert(wire.client(), ALERT_ID);
    const req = onlyCall();
    expect(req.method).toBe('POST');
    expect(req.url).toBe(`/api/v2-0/alerts/${ALERT_ID}/notify`);
    expectJsonBody(req, {});
    expect(channels).toStrictEqual(['email']);
  });

  it('notify with an environment sends {environment}', async () => {
    wire.server.reply(ok.notify);
    await notifyAlert(wire.client(), ALERT_ID, 'production');
    expectJsonBody(onlyCall(), { environment: 'production' });
  });

  it('notify reads an answer without notified_channels as no channels', async () => {
    wire.server.reply({ json: {} });
    expect(await notifyAlert(wire.client(), ALERT_ID)).toStrictEqual([]);
  });

  it('delete is a DELETE of /alerts/{id} with {environment} and returns the result_url', async () => {
    wire.server.reply(ok.delete);
    const resultUrl = await deleteAlert(wire.client(), ALERT_ID, 'production');
    const req = onlyCall();
    expect(req.method).toBe('DELETE');
    expect(req.url).toBe(`/api/v2-0/alerts/${ALERT_ID}`);
    expectJsonBody(req, { environment: 'production' });
    expect(resultUrl).toBe('/delete-operation-1');
  });
});

describe('operation results', () => {
  it.each([
    ['/ops/42/delete-operation-3f2a', '/api/v2-0/ops/42/delete-operation-3f2a'],
    ['ops/42/delete-operation-3f2a', '/api/v2-0/ops/42/delete-operation-3f2a'],
  ])('an opaque result_url %s holding "/" is sent unencoded under the API root, with the body {}', async (resultUrl, expected) => {
    wire.server.reply(ok.operation);
    const answer = await getOperationResult(wire.client(), resultUrl);
    expectEmptyBodyGet(expected);
    expect(answer).toStrictEqual({ status: 200, data: ok.operation.json });
  });

  it('an absolute result_url under the API root is followed', async () => {
    wire.server.reply(ok.operation);
    await getOperationResult(wire.client(), `${wire.server.url}/api/v2-0/ops/7/state`);
    expect(onlyCall().url).toBe('/api/v2-0/ops/7/state');
  });

  it('a still-running operation answers 202 and the status is handed back', async () => {
    wire.server.reply({ status: 202, json: { status: 'in_progress' } });
    const { status, data } = await getOperationResult(wire.client(), '/ops/1');
    expect(status).toBe(202);
    expect(data).toStrictEqual({ status: 'in_progress' });
  });

  it.each([
    ['another host', () => 'https://evil.example/api/v2-0/ops/1'],
    ['another port', () => `http://127.0.0.1:1/api/v2-0/ops/1`],
    ['a path beside the API root', () => `${wire.server.url}/api/v2-0-evil/ops/1`],
    ['a path outside the API root', () => `${wire.server.url}/other/ops/1`],
  ])('a result_url on %s is refused before any request', async (_what, resultUrl) => {
    const err = await rejectionOf(getOperationResult(wire.client(), resultUrl()));
    expect(err).toBeInstanceOf(ResponseValidationError);
    expect(wire.server.requests).toHaveLength(0);
  });
});

describe('the analyses behind scans', () => {
  it.each([
    ['file', '/api/v2-0/analyses/an-1'],
    ['url', '/api/v2-0/url/an-1'],
    ['endpoint', '/api/v2-0/endpoint-analyses/an-1'],
  ] as const)('a %s analysis is a GET of %s with the body {}', async (kind, path) => {
    wire.server.reply(ok.analysis);
    const { status, data } = await getAnalysis(wire.client(), kind, 'an-1');
    expectEmptyBodyGet(path);
    expect({ status, data }).toStrictEqual({ status: 200, data: ok.analysis.json });
  });

  it('a running analysis answers 202 and the status is handed back', async () => {
    wire.server.reply({ status: 202, json: { status: 'queued' } });
    const { status } = await getAnalysis(wire.client(), 'url', 'an-1');
    expect(status).toBe(202);
  });
});
