import { describe, expect, it } from 'vitest';
import type { Simulator } from '../../src/simulator/index.js';
import { call, email, ingestForm, useSimulator } from './wire.js';

let sim: Simulator;
let token: string;
useSimulator({ seed: 1 }, (s, t) => {
  sim = s;
  token = t;
});

const bad = (message: Record<string, string>) => ({ status: 400, json: { error: 'Bad Request', message } });

describe('request validation against the spec', () => {
  it('names a missing required field', async () => {
    expect(await call(sim, 'GET', '/alerts/get-by-id', { body: { environment: 'production' }, token })).toMatchObject(
      bad({ alert_id: 'Missing data for required field.' }),
    );
  });

  it('names an unknown field', async () => {
    expect(await call(sim, 'GET', '/alerts/get-by-id', { body: { alert_id: 'a', alertId: 'a' }, token })).toMatchObject(bad({ alertId: 'Unknown field.' }));
  });

  it('names a field of the wrong type or out of range', async () => {
    const res = await call(sim, 'GET', '/alerts/search', { body: { alert_ids: [], environments: 'production' }, token });
    expect(res.status).toBe(400);
    expect(Object.keys(res.json.message).sort()).toEqual(['alert_ids', 'environments']);
    const sort = await call(sim, 'POST', '/alerts/search', { body: { sort_order: 'up', offset: -1 }, token });
    expect(Object.keys(sort.json.message).sort()).toEqual(['offset', 'sort_order']);
  });

  it('refuses a body that is not JSON, or not sent as application/json', async () => {
    expect(await call(sim, 'POST', '/alerts/search', { raw: '{"limit":', headers: { 'content-type': 'application/json' }, token })).toMatchObject(
      bad({ _body: 'The body is not valid JSON.' }),
    );
    expect(await call(sim, 'POST', '/alerts/search', { raw: '{}', headers: { 'content-type': 'text/plain' }, token })).toMatchObject(
      bad({ 'Content-Type': 'Expected application/json.' }),
    );
  });

  it('validates the token request (400) before checking the key', async () => {
    expect(await call(sim, 'POST', '/get-access-token', { body: { key: 'x' } })).toMatchObject(
      bad({ api_key: 'Missing data for required field.', key: 'Unknown field.' }),
    );
  });

  it('checks the token before the body: an invalid body without a token is 401', async () => {
    expect((await call(sim, 'GET', '/alerts/get-by-id', { body: { nope: 1 } })).status).toBe(401);
  });

  it('refuses an ingest that is not multipart, lacks the file, repeats a part or adds an unknown one', async () => {
    const json = await call(sim, 'POST', '/alerts/ingest/binary', { body: { alert_source: 'phishing_emails' }, token });
    expect(json).toMatchObject(bad({ 'Content-Type': 'Expected multipart/form-data with a boundary.' }));

    const noFile = ingestForm(email('x'));
    const cut = Buffer.from(noFile.raw.toString('latin1').replace(/--[^\r]*\r\nContent-Disposition: form-data; name="file"[\s\S]*$/, ''), 'latin1');
    const boundary = /boundary=(.*)$/.exec(noFile.headers['content-type']!)![1];
    const body = Buffer.concat([cut, Buffer.from(`--${boundary}--\r\n`)]);
    expect(await call(sim, 'POST', '/alerts/ingest/binary', { raw: body, headers: noFile.headers, token })).toMatchObject(
      bad({ file: 'Missing data for required field.' }),
    );

    const extra = ingestForm(email('x'), { colour: 'blue' });
    expect(await call(sim, 'POST', '/alerts/ingest/binary', { raw: extra.raw, headers: extra.headers, token })).toMatchObject(
      bad({ colour: 'Unknown field.' }),
    );

    const twice = ingestForm(email('x'));
    const doubled = Buffer.from(
      twice.raw
        .toString('latin1')
        .replace(
          'Content-Disposition: form-data; name="alert_source"\r\n\r\nphishing_emails\r\n',
          (m) => `${m}--${/boundary=(.*)$/.exec(twice.headers['content-type']!)![1]}\r\n${m}`,
        ),
      'latin1',
    );
    expect(await call(sim, 'POST', '/alerts/ingest/binary', { raw: doubled, headers: twice.headers, token })).toMatchObject(
      bad({ alert_source: 'Given more than once.' }),
    );
  });

  it('takes {} (or no body) on the calls without parameters, and names an unknown field there', async () => {
    const a = sim.alerts()[0]!;
    sim.setAnalysis(a.scans.file, 'succeeded');
    expect((await call(sim, 'GET', `/analyses/${a.scans.file}`, { body: {}, token })).status).toBe(200);
    expect((await call(sim, 'GET', `/analyses/${a.scans.file}`, { token })).status).toBe(200);
    expect(await call(sim, 'GET', `/url/${a.scans.url}`, { body: { verbose: true }, token })).toMatchObject(bad({ verbose: 'Unknown field.' }));
    expect(await call(sim, 'GET', '/delete-operation-none', { body: { x: 1 }, token })).toMatchObject(bad({ x: 'Unknown field.' }));
    expect((await call(sim, 'POST', `/alerts/${a.alertId}/notify`, { body: {}, token })).status).toBe(200);
  });

  it('answers 404 for a path outside the API, and 405 for a known path with another method', async () => {
    expect((await call(sim, 'GET', '/../nothing', { token })).status).toBe(404);
    expect((await call(sim, 'PUT', '/alerts/search', { body: {}, token })).status).toBe(405);
  });
});
