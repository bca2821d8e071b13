/**
 * Answers are checked against openapi/openapi.yaml: an off-spec success is a
 * ResponseValidationError that names the operation and the path of the problem; unknown
 * fields pass through untouched; and every example in the document passes the check.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { getAlertById, getAlertsByIds, getAnalysis, notifyAlert } from '../../src/client/endpoints.js';
import { ResponseValidationError } from '../../src/client/errors.js';
import { validateResponse } from '../../src/client/validate.js';
import { ALERT_ID, alertRecord, ok } from '../helpers/answers.js';
import { rejectionOf, useWireServer } from '../helpers/fixture.js';

const wire = useWireServer();

async function validationErrorOf(call: Promise<unknown>): Promise<ResponseValidationError> {
  const err = await rejectionOf(call);
  expect(err).toBeInstanceOf(ResponseValidationError);
  return err as ResponseValidationError;
}

describe('off-spec answers', () => {
  it('get-by-id without status: names the operation and the path "status"', async () => {
    wire.server.reply({ json: { result: alertRecord } });
    const err = await validationErrorOf(getAlertById(wire.client(), ALERT_ID));
    expect(err.operation).toBe('GET /alerts/get-by-id');
    expect(err.status).toBe(200);
    expect(err.issues.map((i) => i.path)).toContainEqual(['status']);
    expect(err.message).toContain('GET /alerts/get-by-id');
    expect(err.message).toContain('status');
  });

  it('search-by-ids with alerts_count as a string: names the path result.alerts_count', async () => {
    wire.server.reply({ json: { result: { alerts_count: '1', alerts: [alertRecord] } } });
    const err = await validationErrorOf(getAlertsByIds(wire.client(), [ALERT_ID]));
    expect(err.operation).toBe('GET /alerts/search');
    expect(err.issues.map((i) => i.path)).toStrictEqual([['result', 'alerts_count']]);
    expect(err.message).toContain('result.alerts_count');
  });

  it('an alert whose scans is not a list: names the path inside the record', async () => {
    wire.server.reply({ json: { result: { ...alertRecord, scans: 'none' }, status: 'success' } });
    const err = await validationErrorOf(getAlertById(wire.client(), ALERT_ID));
    expect(err.issues.map((i) => i.path)).toContainEqual(['result', 'scans']);
  });

  it('a 200 whose body is not JSON', async () => {
    wire.server.reply({ headers: { 'content-type': 'application/json' }, body: '{"result": {"alert_id": ' });
    const err = await validationErrorOf(getAlertById(wire.client(), ALERT_ID));
    expect(err.operation).toBe('GET /alerts/get-by-id');
    expect(err.status).toBe(200);
  });

  it('a 200 with an empty body', async () => {
    wire.server.reply({ status: 200, body: '' });
    await validationErrorOf(getAlertById(wire.client(), ALERT_ID));
  });

  it.each([201, 202, 204])('a %i, which the document does not list for get-by-id', async (status) => {
    wire.server.reply({ status, json: ok.alert.json });
    const err = await validationErrorOf(getAlertById(wire.client(), ALERT_ID));
    expect(err.status).toBe(status);
  });

  it('a file analysis answering 200 with a running status (200 means finished)', async () => {
    wire.server.reply({ json: { status: 'in_progress' } });
    const err = await validationErrorOf(getAnalysis(wire.client(), 'file', 'an-1'));
    expect(err.operation).toBe('GET /analyses/{analysis_id}');
  });

  it('is not retried: the answer is sent once', async () => {
    wire.server.handle(() => ({ json: { result: alertRecord } }));
    await validationErrorOf(getAlertById(wire.client(), ALERT_ID));
    expect(wire.server.calls()).toHaveLength(1);
  });
});

describe('fields the document does not know', () => {
  it('pass through untouched, at every level', async () => {
    const answer = {
      status: 'success',
      new_top_level: { a: [1, 2] },
      result: {
        ...alertRecord,
        brand_new_field: 'kept',
        triage_result: { alert_verdict: 'a_verdict_from_the_future', risk_score: 97 },
        scans: [{ scan_type: 'sandbox', sandbox_analysis: { analysis_id: 'sb-1' } }],
      },
    };
    wire.server.reply({ json: answer });
    expect(await getAlertById(wire.client(), ALERT_ID)).toStrictEqual(answer);
  });

  it('notify keeps extra fields and still reads the channels', async () => {
    wire.server.reply({ json: { notified_channels: ['slack'], extra: true } });
    expect(await notifyAlert(wire.client(), ALERT_ID)).toStrictEqual(['slack']);
  });
});

describe('the examples in openapi/openapi.yaml', () => {
  type Node = Record<string, unknown>;
  const doc = parse(readFileSync(new URL('../../openapi/openapi.yaml', import.meta.url), 'utf8'), { maxAliasCount: -1 }) as Node;
  const resolve = (node: Node): Node => {
    const ref = node.$ref;
    if (typeof ref !== 'string') return node;
    return resolve(
      ref
        .slice(2)
        .split('/')
        .reduce<Node>((n, key) => n[key] as Node, doc),
    );
  };

  const examples: [string, number, string, unknown][] = [];
  for (const [path, item] of Object.entries(doc.paths as Record<string, Node>)) {
    for (const [method, op] of Object.entries(item)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      for (const [status, response] of Object.entries((op as Node).responses as Record<string, Node>)) {
        for (const media of Object.values((resolve(response).content ?? {}) as Record<string, Node>)) {
          if ('example' in media) examples.push([`${method.toUpperCase()} ${path}`, Number(status), 'example', media.example]);
          for (const [name, ex] of Object.entries((media.examples ?? {}) as Record<string, Node>)) {
            examples.push([`${method.toUpperCase()} ${path}`, Number(status), name, resolve(ex).value]);
          }
        }
      }
    }
  }

  it('are all found (every operation has its 200 examples)', () => {
    const with200 = new Set(examples.filter(([, status]) => status === 200).map(([op]) => op));
    const operations = Object.entries(doc.paths as Record<string, Node>).flatMap(([path, item]) =>
      Object.keys(item)
        .filter((m) => ['get', 'post', 'put', 'patch', 'delete'].includes(m))
        .map((m) => `${m.toUpperCase()} ${path}`),
    );
    expect(operations).toHaveLength(13);
    expect(with200).toEqual(new Set(operations));
    expect(examples.length).toBeGreaterThan(100);
  });

  it.each(examples)('%s → %i (%s) passes validateResponse', (operation, status, _name, body) => {
    expect(body).toBeDefined();
    expect(() => validateResponse(operation, status, body)).not.toThrow();
  });
});
