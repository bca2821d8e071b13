/**
 * GET of a URL outside the API: the pre-signed link a raw-data answer may point at. The link
 * carries its own signature, so the API's bearer token must never go there; the query (the
 * signature) is masked in errors and logs. Repeated like any safe call.
 */
import { cutDetail, headerRecord, networkError, responseValidationError } from './error-factory.js';
import { ServerError } from './errors.js';
import type { ClientLog } from './log.js';
import { OPERATIONS } from './operations.js';
import type { ClientConfig } from './options.js';
import { maskQuery, redactText, type SecretScrubber } from './redact.js';
import { backoffMs, isRetryableTransportError, isTransportError, retryDelayAfterStatus } from './retry-policy.js';
import { sleep } from './timers.js';
import { LightRequest } from './transport/light-request.js';
import type { SendOptions, Transport } from './transport/types.js';

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
    throw new ServerError(`The download link ${shown} answered HTTP ${response.status}${text.trim() ? `: ${cutDetail(text)}` : ''}`, {
      status: response.status,
      body: text,
      headers: headerRecord(response.headers),
      method: 'GET',
      url: shown,
      secrets: ctx.secrets,
    });
  }
}
