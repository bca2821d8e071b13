/**
 * Plain node:http calls to the simulator (global fetch refuses GET bodies), and the checks the
 * simulator tests share. Deliberately independent of the SDK client.
 */
import { Agent, request } from 'node:http';
import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll } from 'vitest';
import { responseSchema, startSimulator } from '../../src/simulator/index.js';
import type { Simulator, SimulatorOptions } from '../../src/simulator/index.js';

export interface WireResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json: any;
}

export interface CallOptions {
  body?: unknown;
  raw?: Buffer | string;
  token?: string;
  headers?: Record<string, string>;
}

export const agent = new Agent({ keepAlive: true });

/** Sends a request to a path relative to the API root, to a path outside it (`/__sim/…`, `/__blob/…`) or to an absolute URL. */
export function call(sim: Simulator, method: string, path: string, opts: CallOptions = {}): Promise<WireResponse> {
  const url = new URL(/^https?:/.test(path) || path.startsWith('/__') ? path : `${sim.apiRoot}${path}`, sim.apiRoot);
  const headers: Record<string, string> = { ...opts.headers };
  let payload: Buffer | undefined;
  if (opts.raw !== undefined) payload = Buffer.from(opts.raw);
  else if (opts.body !== undefined) {
    payload = Buffer.from(JSON.stringify(opts.body));
    headers['content-type'] ??= 'application/json';
  }
  // The control API refuses any call but a GET that does not say it sends JSON.
  if (url.pathname.startsWith('/__sim/') && method !== 'GET') headers['content-type'] ??= 'application/json';
  if (payload) headers['content-length'] = String(payload.length);
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let json: unknown;
        try {
          json = text ? JSON.parse(text) : undefined;
        } catch {
          json = undefined;
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(payload);
  });
}

export async function getToken(sim: Simulator): Promise<string> {
  const res = await call(sim, 'POST', '/get-access-token', { body: { api_key: sim.apiKey } });
  if (res.status !== 200) throw new Error(`token: ${res.status} ${res.text}`);
  return res.json.result as string;
}

/** Starts a simulator before the file's tests and hands it over with a token; closes it after them. */
export function useSimulator(opts: SimulatorOptions, ready: (sim: Simulator, token: string) => void): void {
  let sim: Simulator | undefined;
  beforeAll(async () => {
    sim = await startSimulator(opts);
    ready(sim, await getToken(sim));
  });
  afterAll(() => sim?.close());
}

export const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

export const DISPLAY_FIELDS = 'reported_by,sender,received,subject,message_id,to';

/** A multipart body of the ingest call: fields first, the file part last (named by its SHA-256). */
export function ingestForm(
  email: Buffer,
  fields: Record<string, string> = {},
  fileName: string = sha256(email),
): { raw: Buffer; headers: Record<string, string> } {
  const boundary = `----sim${randomBytes(8).toString('hex')}`;
  const all = { alert_source: 'phishing_emails', display_fields: DISPLAY_FIELDS, ...fields };
  const chunks: Buffer[] = [];
  for (const [name, value] of Object.entries(all)) {
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  }
  chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\n\r\n`));
  chunks.push(email, Buffer.from(`\r\n--${boundary}--\r\n`));
  return { raw: Buffer.concat(chunks), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

export function ingest(sim: Simulator, token: string, email: Buffer, fields?: Record<string, string>, fileName?: string) {
  const form = ingestForm(email, fields, fileName);
  return call(sim, 'POST', '/alerts/ingest/binary', { raw: form.raw, headers: form.headers, token });
}

export const email = (subject: string, body = 'Hello.') =>
  Buffer.from(
    `From: Alice <alice@mail.example>\r\nTo: bob@corp.example\r\nSubject: ${subject}\r\nMessage-ID: <${randomBytes(4).toString('hex')}@mail.example>\r\n\r\n${body}\r\n`,
  );

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls until `check` passes (or throws its last error after `ms`). */
export async function eventually<T>(check: () => Promise<T>, ms = 3000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    try {
      return await check();
    } catch (e) {
      if (Date.now() > until) throw e;
      await sleep(20);
    }
  }
}

/** Problems of an answer against the spec's schema of its route and status ('' when valid). */
export function specProblems(routeKey: string, res: WireResponse): string {
  const schema = responseSchema(routeKey, res.status);
  if (!schema) return `${routeKey}: status ${res.status} is not in the spec`;
  if (res.headers['content-type'] !== 'application/json') return `${routeKey} ${res.status}: content-type ${res.headers['content-type']}`;
  const r = schema.safeParse(res.json);
  return r.success ? '' : `${routeKey} ${res.status}: ${r.error.message} in ${res.text.slice(0, 300)}`;
}
