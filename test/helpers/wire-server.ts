/**
 * A real HTTP(S) server on 127.0.0.1 (port 0) for client tests. It records every request
 * exactly as it arrived (method, raw url, headers, body bytes, parsed JSON, parsed multipart
 * parts) and answers from a per-test queue, then a per-test handler. The token exchange
 * (`POST …/get-access-token`) is answered separately, by default with a fresh token each
 * time, so tests script only the calls they are about.
 */
import { randomBytes } from 'node:crypto';
import http, { type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { parseMultipart, type MultipartPart } from './multipart-parser.js';

export interface RecordedRequest {
  method: string;
  /** The request target exactly as sent (path and query, nothing decoded). */
  url: string;
  headers: IncomingHttpHeaders;
  /** The raw body bytes (empty when there was none). */
  body: Buffer;
  /** The body parsed as JSON, when it is non-empty JSON; otherwise undefined. */
  json: unknown;
  /** The multipart parts, when the request is multipart/form-data and parses strictly. */
  parts: MultipartPart[] | undefined;
  /** Why a multipart body did not parse. */
  multipartError: string | undefined;
  /** performance.now() when the request's headers arrived. */
  at: number;
  /** The client side's port of the connection that carried it. */
  remotePort: number | undefined;
}

export type Reply =
  | {
      status?: number;
      /** Sent as JSON with Content-Type application/json. */
      json?: unknown;
      /** Sent as is (takes precedence over `json`). */
      body?: string | Uint8Array;
      headers?: Record<string, string | string[]>;
      delayMs?: number;
    }
  /** Destroy the connection without answering (a reset as the client sees it). */
  | { reset: true }
  /** Never answer (the connection stays open until the client gives up or the server closes). */
  | { hang: true };

export type Handler = (req: RecordedRequest) => Reply | Promise<Reply>;

export interface WireServer {
  /** `http://127.0.0.1:<port>` (or https). */
  readonly url: string;
  readonly port: number;
  /** Every request, the token exchange included, in arrival order. */
  readonly requests: RecordedRequest[];
  /** Every request but the token exchange. */
  calls(): RecordedRequest[];
  /** The token exchanges. */
  tokenRequests(): RecordedRequest[];
  /** Tokens handed out by the default token handler, in order. */
  readonly issuedTokens: string[];
  /** Queues answers for the calls (not the token exchange), one per request, in order. */
  reply(...replies: Reply[]): void;
  /** Answers calls once the queue is empty. */
  handle(handler: Handler): void;
  /** Replaces the token-exchange handler. */
  onToken(handler: Handler): void;
  close(): Promise<void>;
}

export interface TokenGrantOptions {
  /** Lifetime of each token: expire_at = now + ttlSec (default 3600; may be negative). */
  ttlSec?: number;
  /** Wait this long before answering (lets concurrent callers pile up). */
  delayMs?: number;
}

const TOKEN_PATH = /\/get-access-token(\?|$)/;

export function isTokenExchange(req: RecordedRequest): boolean {
  return req.method === 'POST' && TOKEN_PATH.test(req.url);
}

/** A token-exchange handler that hands out a new, long, random token on every request. */
export function grantTokens(issued: string[], { ttlSec = 3600, delayMs }: TokenGrantOptions = {}): Handler {
  return () => {
    const token = `tok-${issued.length + 1}-${randomBytes(16).toString('hex')}`;
    issued.push(token);
    return { json: { result: token, expire_at: Math.floor(Date.now() / 1000) + ttlSec }, ...(delayMs !== undefined && { delayMs }) };
  };
}

/** The bearer token a recorded request carried, or undefined. */
export function bearerOf(req: RecordedRequest): string | undefined {
  const m = /^Bearer (.+)$/.exec(req.headers.authorization ?? '');
  return m?.[1];
}

function parseJson(body: Buffer): unknown {
  if (body.length === 0) return undefined;
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    return undefined;
  }
}

export async function startWireServer(options: { tls?: { key: string | Buffer; cert: string | Buffer } } = {}): Promise<WireServer> {
  const requests: RecordedRequest[] = [];
  const queue: Reply[] = [];
  const issuedTokens: string[] = [];
  let handler: Handler | undefined;
  let tokenHandler: Handler = grantTokens(issuedTokens);

  const onRequest = (req: IncomingMessage, res: ServerResponse) => {
    const at = performance.now();
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const contentType = req.headers['content-type'] ?? '';
      let parts: MultipartPart[] | undefined;
      let multipartError: string | undefined;
      if (contentType.startsWith('multipart/form-data')) {
        try {
          parts = parseMultipart(body, contentType);
        } catch (e) {
          multipartError = (e as Error).message;
        }
      }
      const recorded: RecordedRequest = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body,
        json: parseJson(body),
        parts,
        multipartError,
        at,
        remotePort: req.socket.remotePort,
      };
      requests.push(recorded);
      answer(recorded, res).catch((e: unknown) => {
        // A handler that throws is a broken test: answer so the client reports it.
        if (!res.headersSent) res.writeHead(599, { 'content-type': 'application/json' }).end(JSON.stringify({ error: `wire-server: ${String(e)}` }));
      });
    });
  };

  const pick = async (req: RecordedRequest): Promise<Reply> => {
    if (isTokenExchange(req)) return tokenHandler(req);
    const queued = queue.shift();
    if (queued) return queued;
    if (handler) return handler(req);
    return { status: 599, json: { error: `wire-server: no reply queued for ${req.method} ${req.url}` } };
  };

  const answer = async (req: RecordedRequest, res: ServerResponse) => {
    const reply = await pick(req);
    if ('hang' in reply) return;
    if ('reset' in reply) {
      res.socket?.destroy();
      return;
    }
    if (reply.delayMs) await new Promise((r) => setTimeout(r, reply.delayMs));
    const headers: Record<string, string | string[]> = { ...reply.headers };
    let payload: string | Uint8Array = '';
    if (reply.body !== undefined) payload = reply.body;
    else if (reply.json !== undefined) {
      payload = JSON.stringify(reply.json);
      headers['content-type'] ??= 'application/json';
    }
    res.writeHead(reply.status ?? 200, headers);
    res.end(payload);
  };

  const server = options.tls ? https.createServer({ key: options.tls.key, cert: options.tls.cert }, onRequest) : http.createServer(onRequest);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `${options.tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    port,
    requests,
    calls: () => requests.filter((r) => !isTokenExchange(r)),
    tokenRequests: () => requests.filter(isTokenExchange),
    issuedTokens,
    reply: (...replies) => void queue.push(...replies),
    handle: (h) => void (handler = h),
    onToken: (h) => void (tokenHandler = h),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
