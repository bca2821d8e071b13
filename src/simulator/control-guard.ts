/**
 * Who may drive the control API (`/__sim/`). It listens on 127.0.0.1, but any web page the
 * developer opens can still send "simple" cross-site requests there (a `text/plain` POST needs
 * no CORS preflight), and a DNS-rebinding page can reach it under a foreign host name. So:
 *  - `Host` must be `127.0.0.1:<port>` or `localhost:<port>` (the port it listens on);
 *  - an `Origin`, when sent, must be `http://127.0.0.1:<port>` or `http://localhost:<port>`;
 *  - with a control token, `Authorization: Bearer <token>` must carry it;
 *  - every call but a GET must say `Content-Type: application/json`, which a page can send
 *    cross-site only after a preflight the simulator never grants.
 */
import { timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { mediaType } from './http-io.js';
import { fail, type Reply } from './reply.js';

const sameSecret = (given: string, expected: string): boolean => {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
};

/** Why a control call is refused, or undefined when it may go on. */
export function refuseControl(method: string, headers: IncomingHttpHeaders, port: number, token: string | undefined): Reply | undefined {
  const hosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  const host = headers.host?.toLowerCase();
  if (host === undefined || !hosts.includes(host)) return fail(403, `Control calls must be addressed to ${hosts.join(' or ')}`);
  const origin = headers.origin;
  if (origin !== undefined && !hosts.some((h) => origin.toLowerCase() === `http://${h}`)) return fail(403, 'Control calls are refused from another origin');
  if (token !== undefined) {
    const m = /^Bearer (.+)$/.exec(headers.authorization ?? '');
    if (!m || !sameSecret(m[1]!, token)) return fail(401, 'This simulator needs its control token: Authorization: Bearer <token>');
  }
  if (method !== 'GET' && method !== 'HEAD' && mediaType(headers['content-type']) !== 'application/json') {
    return fail(415, 'Control calls other than GET must send Content-Type: application/json');
  }
  return undefined;
}
