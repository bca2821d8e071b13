/**
 * The same get-by-id call made without the SDK, as the floor to compare it with: a GET with
 * a JSON body over a keep-alive node:http Agent and JSON.parse; undici's request() (GET with
 * a body too, kept alive with `reset: false`); and the global fetch, which refuses a GET body
 * and so sends a POST.
 */
import http from 'node:http';
import { Agent as UndiciAgent, request as undiciRequest } from 'undici';
import { API_PREFIX } from './fixtures.js';

export type GetAlert = (alertId: string) => Promise<unknown>;

function headers(token: string, body: string): Record<string, string> {
  return {
    'content-type': 'application/json',
    'content-length': String(Buffer.byteLength(body)),
    authorization: `Bearer ${token}`,
    'user-agent': 'bench-raw',
  };
}

function expectOk(status: number): void {
  if (status !== 200) throw new Error(`unexpected HTTP ${status}`);
}

export function rawNodeHttp(origin: string, token: string): { get: GetAlert; close(): void } {
  const { hostname, port } = new URL(origin);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64, maxFreeSockets: 16, scheduling: 'lifo' });
  const get: GetAlert = (alertId) =>
    new Promise((resolve, reject) => {
      const body = JSON.stringify({ alert_id: alertId });
      const req = http.request(
        { hostname, port, path: `${API_PREFIX}/alerts/get-by-id`, method: 'GET', agent, headers: headers(token, body) },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            try {
              expectOk(res.statusCode ?? 0);
              resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
            } catch (e) {
              reject(e);
            }
          });
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  return { get, close: () => agent.destroy() };
}

export function rawUndici(origin: string, token: string): { get: GetAlert; close(): Promise<void> } {
  const dispatcher = new UndiciAgent({ keepAliveTimeout: 60_000 });
  const url = `${origin}${API_PREFIX}/alerts/get-by-id`;
  const get: GetAlert = async (alertId) => {
    const body = JSON.stringify({ alert_id: alertId });
    // undici closes the connection after a GET that carried a body unless told not to.
    const res = await undiciRequest(url, { method: 'GET', body, headers: headers(token, body), dispatcher, reset: false });
    expectOk(res.statusCode);
    return res.body.json();
  };
  return { get, close: () => dispatcher.close() };
}

export function rawFetch(origin: string, token: string): { get: GetAlert } {
  const url = `${origin}${API_PREFIX}/alerts/get-by-id`;
  const get: GetAlert = async (alertId) => {
    const body = JSON.stringify({ alert_id: alertId });
    const { 'content-length': _, ...h } = headers(token, body);
    const res = await fetch(url, { method: 'POST', body, headers: h });
    expectOk(res.status);
    return res.json();
  };
  return { get };
}
