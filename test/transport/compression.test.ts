/**
 * Answers are asked for compressed and decoded by their Content-Encoding as they stream in;
 * the size limit counts decoded bytes, so a small compressed answer that inflates without end
 * stops at the limit. An encoding the SDK cannot decode, or a body that does not decode, is a
 * typed ServerError, not a network failure to retry.
 */
import type { ServerResponse } from 'node:http';
import zlib from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { getAlertById } from '../../src/client/endpoints.js';
import { ServerError } from '../../src/client/errors.js';
import { createAgents } from '../../src/client/transport/agents.js';
import { ResponseEncodingError, ResponseTooLargeError } from '../../src/client/errors.js';
import { createNodeHttpTransport } from '../../src/client/transport/node-http.js';
import { ALERT_ID, ok } from '../helpers/answers.js';
import { rejectionOf } from '../helpers/fixture.js';
import { startApiServer, type ApiServer } from './api-server.js';

let server: ApiServer | undefined;
afterEach(() => server?.close());

const alertJson = Buffer.from(JSON.stringify(ok.alert.json));

/** Writes `body` with `encoding`, in small pieces and without a Content-Length (as a streaming front end does). */
function sendEncoded(res: ServerResponse, body: Buffer, encoding: string): void {
  res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': encoding });
  for (let i = 0; i < body.length; i += 64) res.write(body.subarray(i, i + 64));
  res.end();
}

async function serveEncoded(body: Buffer, encoding: string, seen: string[] = []): Promise<ApiServer> {
  server = await startApiServer((req, res) => {
    seen.push(req.headers['accept-encoding'] ?? '(none)');
    sendEncoded(res, body, encoding);
  });
  return server;
}

describe('compressed answers', () => {
  it("ask for gzip, deflate and br on every call (none with the bench's internal compression: false)", async () => {
    const seen: string[] = [];
    const s = await serveEncoded(zlib.gzipSync(alertJson), 'gzip', seen);
    await getAlertById(s.client(), ALERT_ID);
    const agents = createAgents({ verifySsl: true });
    try {
      const plain = s.client({ transport: createNodeHttpTransport(agents, { compression: false }) });
      // Decoded even so: a server may compress unasked.
      expect(await getAlertById(plain, ALERT_ID)).toStrictEqual(ok.alert.json);
    } finally {
      agents.destroy();
    }
    expect(seen).toStrictEqual(['gzip, deflate, br', '(none)']);
  });

  it.each([
    ['gzip', zlib.gzipSync(alertJson)],
    ['x-gzip', zlib.gzipSync(alertJson)],
    ['deflate', zlib.deflateSync(alertJson)],
    ['deflate', zlib.deflateRawSync(alertJson)],
    ['br', zlib.brotliCompressSync(alertJson)],
    ['gzip, br', zlib.brotliCompressSync(zlib.gzipSync(alertJson))],
  ])('decode Content-Encoding "%s" as the body streams in', async (encoding, body) => {
    const s = await serveEncoded(body, encoding);
    expect(await getAlertById(s.client(), ALERT_ID)).toStrictEqual(ok.alert.json);
  });

  it.each([
    ['gzip', zlib.gzipSync],
    ['deflate', zlib.deflateSync],
    ['br', zlib.brotliCompressSync],
  ])('decode a "%s" answer larger than a few pieces (streamed through the decoder)', async (encoding, compress) => {
    // Padding that compresses poorly: some 80 KiB compressed, past the one-call size.
    const padding = Array.from({ length: 20_000 }, (_, i) => ((i * 2654435761) >>> 0).toString(36)).join('');
    const large = { ...ok.alert.json, padding };
    const s = await serveEncoded(compress(Buffer.from(JSON.stringify(large))), encoding);
    expect(await getAlertById(s.client(), ALERT_ID)).toStrictEqual(large);
  });

  it('in an encoding the SDK does not decode: ResponseEncodingError (a ServerError), not retried', async () => {
    const s = await serveEncoded(alertJson, 'zstd');
    const err = await rejectionOf(getAlertById(s.client({ maxRetries: 3 }), ALERT_ID));
    expect(err).toBeInstanceOf(ResponseEncodingError);
    expect(err).toBeInstanceOf(ServerError);
    expect((err as ServerError).status).toBe(200);
    expect((err as Error).message).toMatch(/Content-Encoding "zstd"/);
    // The token exchange and one call: nothing was repeated.
    expect(s.connections.length).toBe(1);
  });

  it('that do not decode as their Content-Encoding says: ResponseEncodingError, not retried', async () => {
    let calls = 0;
    server = await startApiServer((_req, res) => {
      calls++;
      sendEncoded(res, Buffer.from('this is not gzip at all, only text that says so'), 'gzip');
    });
    const err = await rejectionOf(getAlertById(server.client({ maxRetries: 3 }), ALERT_ID));
    expect(err).toBeInstanceOf(ResponseEncodingError);
    expect(calls).toBe(1);
  });

  it('a small gzip bomb (16 MiB of zeros in 16 KB), decoded in one call, stops at maxResponseBytes too', async () => {
    const s = await serveEncoded(zlib.gzipSync(Buffer.alloc(16 * 1024 * 1024)), 'gzip');
    const err = await rejectionOf(getAlertById(s.client({ maxResponseBytes: 64 * 1024, maxRetries: 3 }), ALERT_ID));
    expect(err).toBeInstanceOf(ResponseTooLargeError);
  });

  it('a gzip bomb (256 MiB of zeros in ~256 KB) stops at maxResponseBytes, never inflated in memory', async () => {
    // Gzip members may follow one another; each of these inflates to 1 MiB.
    const member = zlib.gzipSync(Buffer.alloc(1024 * 1024));
    const bomb = Buffer.concat(Array.from({ length: 256 }, () => member));
    const s = await serveEncoded(bomb, 'gzip');
    const before = process.memoryUsage().arrayBuffers;
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().arrayBuffers)), 2);
    try {
      const err = await rejectionOf(getAlertById(s.client({ maxResponseBytes: 1024 * 1024, maxRetries: 3 }), ALERT_ID));
      expect(err).toBeInstanceOf(ResponseTooLargeError);
      expect((err as ResponseTooLargeError).maxResponseBytes).toBe(1024 * 1024);
    } finally {
      clearInterval(sampler);
    }
    peak = Math.max(peak, process.memoryUsage().arrayBuffers);
    expect((peak - before) / 1024 / 1024).toBeLessThan(32);
  });
});
