/**
 * GET of a URL outside the API: the pre-signed link a raw-data answer may point at. The link
 * carries its own signature, so the API's bearer token must never go there; the query (the
 * signature) is masked in errors and logs. Repeated like any safe call.
 */
import { networkError } from './error-factory.js';
import { ResponseValidationError, ServerError } from './errors.js';
import type { ClientLog } from './log.js';
import { OPERATIONS } from './operations.js';
import type { ClientConfig } from './options.js';
import { redactText, type SecretScrubber } from './redact.js';
import { backoffMs, isRetryableTransportError, isTransportError, retryDelayAfterStatus } from './retry-policy.js';
import { sleep } from './timers.js';
import { LightRequest } from './transport/light-request.js';
import type { SendOptions, Transport, WireHeaders } from './transport/types.js';

export interface Downloaded {
  status: number;
  contentType: string | null;
  bytes: Uint8Array;
}

export interface DownloadContext {
  transport: Transport;
  sendOptions: SendOptions;
  userAgent: string;
  config: Pick<ClientConfig, 'maxRetries' | 'retryBaseDelayMs' | 'retryMaxDelayMs'>;
  secrets: SecretScrubber;
  log: ClientLog;
  signal?: AbortSignal;
}

/** The link without its query: a pre-signed URL's query is a credential. */
export function maskedLink(url: URL): string {
  return `${url.origin}${url.pathname}${url.search ? '?[REDACTED]' : ''}`;
}

function headerRecord(h: WireHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  h.forEach((v, k) => {
    out[k.toLowerCase()] = v;
  });
  return out;
}

function parseLink(raw: string): URL {
  let url: URL | undefined;
  try {
    url = new URL(raw);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    throw new ResponseValidationError('The raw-data download link is not an http(s) URL', {
      operation: OPERATIONS.getAlertRawData.key,
      status: 200,
      issues: [{ path: ['result_url'], message: 'not an http(s) URL' }],
    });
  }
  return url;
}

export async function download(raw: string, ctx: DownloadContext): Promise<Downloaded> {
  const url = parseLink(raw);
  const shown = maskedLink(url);
  const what = `GET ${shown}`;
  const { signal, config } = ctx;
  for (let retries = 0; ; ) {
    if (signal?.aborted) throw signal.reason;
    const request = new LightRequest(url.href, { method: 'GET', wireHeaders: { 'user-agent': ctx.userAgent, accept: '*/*' }, ...(signal && { signal }) });
    let response;
    try {
      response = await ctx.transport(request, ctx.sendOptions);
    } catch (err) {
      if (signal?.aborted) throw signal.reason;
      if (!isTransportError(err)) throw err;
      if (retries < config.maxRetries && isRetryableTransportError(err, 'safe')) {
        await sleep(backoffMs(retries++, config.retryBaseDelayMs, config.retryMaxDelayMs), signal);
        continue;
      }
      throw networkError(what, err, retries, ctx.secrets);
    }
    ctx.log.debug(`${what} → ${response.status}`, { method: 'GET', path: shown, status: response.status });
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (response.ok) return { status: response.status, contentType: response.headers.get('content-type'), bytes };
    const wait = retries < config.maxRetries ? retryDelayAfterStatus('safe', response.status, response.headers.get('retry-after'), retries, config) : undefined;
    if (wait !== undefined) {
      retries++;
      await sleep(wait, signal);
      continue;
    }
    const text = redactText(Buffer.from(bytes).toString('utf8'), ctx.secrets);
    throw new ServerError(`The download link ${shown} answered HTTP ${response.status}${text.trim() ? `: ${text.slice(0, 200)}` : ''}`, {
      status: response.status,
      body: text,
      headers: headerRecord(response.headers),
      method: 'GET',
      url: shown,
      secrets: ctx.secrets,
    });
  }
}
