/**
 * GET of a URL outside the API: the pre-signed link a raw-data answer may point at. The link
 * carries its own signature, so the API's bearer token must never go there; the query (the
 * signature) is masked in errors and logs. Repeated like any safe call, in the client's one
 * retry loop (retry.ts).
 */
import type { CallScope } from './call-scope.js';
import { downloadRefused, responseValidationError } from './error-factory.js';
import { OPERATIONS } from './operations.js';
import { maskQuery } from './redact.js';
import { runWithRetries, type RetryDeps } from './retry.js';
import type { SendOptions, Transport } from './transport/types.js';

export interface Downloaded {
  status: number;
  contentType: string | null;
  bytes: Uint8Array;
}

export interface DownloadContext extends RetryDeps {
  transport: Transport;
  sendOptions: SendOptions;
  userAgent: string;
  scope: CallScope;
}

function parseLink(raw: string): URL {
  let url: URL | undefined;
  try {
    url = new URL(raw);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    throw responseValidationError(OPERATIONS.getAlertRawData.key, 200, [{ path: ['result_url'], message: 'not an http(s) URL' }]);
  }
  return url;
}

export async function download(raw: string, ctx: DownloadContext): Promise<Downloaded> {
  const url = parseLink(raw);
  const shown = maskQuery(url.href);
  const { scope } = ctx;
  const run = {
    what: `GET ${shown}`,
    method: 'GET',
    retry: 'safe' as const,
    callId: scope.id,
    signal: scope.signal,
    reason: () => scope.reason(),
    scope,
    pathOf: () => shown,
  };
  const request = {
    url: url.href,
    method: 'GET',
    headers: { 'user-agent': ctx.userAgent, accept: '*/*' },
    body: undefined,
    signal: scope.signal,
    tracker: scope,
  };
  return runWithRetries<Downloaded>(run, ctx, async () => {
    scope.markSent();
    const answer = await ctx.transport(request, ctx.sendOptions);
    const { status, headers, body } = answer;
    if (status >= 200 && status < 300) return { status, url: shown, value: { status, contentType: headers['content-type'] ?? null, bytes: body } };
    return { status, url: shown, retryAfter: headers['retry-after'] ?? null, error: () => downloadRefused(shown, answer, ctx.secrets) };
  });
}
