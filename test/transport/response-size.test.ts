/**
 * `maxResponseBytes` caps an answer: one that announces more (Content-Length) is refused
 * before its body is read, one that streams more is refused at the byte that passes the cap;
 * either way the rest is not read (the connection is closed) and the error is a typed
 * ServerError, not retried.
 */
import type { ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { getAlertById } from '../../src/client/endpoints.js';
import { ResponseTooLargeError } from '../../src/client/errors.js';
import { ALERT_ID, ok } from '../helpers/answers.js';
import { rejectionOf, until } from '../helpers/fixture.js';
import { startApiServer, type ApiServer } from './api-server.js';

const MiB = 1024 * 1024;
const CAP = MiB;

let server: ApiServer | undefined;
afterEach(() => server?.close());

/** A JSON answer of exactly `size` bytes: the example alert, padded. */
function alertOfSize(size: number): Buffer {
  const head = JSON.stringify(ok.alert.json).slice(0, -1);
  const padding = size - head.length - ',"padding":""}'.length;
  return Buffer.from(`${head},"padding":"${'x'.repeat(padding)}"}`);
}

interface Sent {
  bytes: number;
  complete: boolean;
}

/** Writes `body` in 64 KiB pieces as fast as the client reads it, noting how much left. */
function stream(res: ServerResponse, body: Buffer, announce: boolean, sent: Sent): void {
  res.writeHead(200, { 'content-type': 'application/json', ...(announce && { 'content-length': body.length }) });
  let at = 0;
  const pump = () => {
    while (at < body.length && !res.destroyed) {
      const piece = body.subarray(at, at + 64 * 1024);
      at += piece.length;
      sent.bytes = at;
      if (!res.write(piece)) return void res.once('drain', pump);
    }
    if (!res.destroyed) res.end(() => (sent.complete = true));
  };
  pump();
}

async function serve(sizes: number[], announce: boolean): Promise<Sent[]> {
  const sent: Sent[] = [];
  server = await startApiServer((_req, res) => {
    const s = { bytes: 0, complete: false };
    sent.push(s);
    stream(res, alertOfSize(sizes[sent.length - 1]!), announce, s);
  });
  return sent;
}

describe('maxResponseBytes', () => {
  it('a 20 MB answer announced by Content-Length over a 1 MiB cap is refused before its body is read, once', async () => {
    const sent = await serve([20e6], true);
    const err = await rejectionOf(getAlertById(server!.client({ maxResponseBytes: CAP, maxRetries: 3 }), ALERT_ID));
    expect(err).toBeInstanceOf(ResponseTooLargeError);
    expect((err as Error).message).toMatch(/announces 20000000 bytes, over maxResponseBytes \(1048576\)/);
    await until(() => server!.open.size === 0);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.complete).toBe(false);
    expect(sent[0]!.bytes).toBeLessThan(10e6);
  });

  it('a streamed answer of exactly the cap is read; a streamed 20 MB one is refused once it passes the cap, the rest unread', async () => {
    const sent = await serve([CAP, 20e6], false);
    const client = server!.client({ maxResponseBytes: CAP, maxRetries: 3 });
    expect(await getAlertById(client, ALERT_ID)).toMatchObject(ok.alert.json);
    const err = await rejectionOf(getAlertById(client, ALERT_ID));
    expect(err).toBeInstanceOf(ResponseTooLargeError);
    expect((err as ResponseTooLargeError).status).toBe(200);
    await until(() => server!.open.size === 0);
    expect(sent).toHaveLength(2);
    expect(sent[1]!.complete).toBe(false);
    expect(sent[1]!.bytes).toBeLessThan(10e6);
  });
});
