/**
 * IntezerClient owns everything between a typed call and the wire: options, the transport,
 * the access token, retries, error mapping and response validation. Each call names its
 * operation (operations.ts), whose bodies are typed by generated/openapi.ts; see endpoints.ts
 * for one function per call. The request goes straight to the transport: going through
 * openapi-fetch built two WHATWG Headers and a Request per call, measurable on every call
 * (`npm run bench`), for what is here a URL, a JSON.stringify and a JSON.parse.
 */
import { inspect } from 'node:util';
import { SDK_NAME, SDK_VERSION } from '../version.js';
import { TokenManager, type IssuedToken } from './auth.js';
import { errorFromResponse } from './error-factory.js';
import { IntezerError, NetworkError, ResponseValidationError, UnsupportedOnPremiseVersionError } from './errors.js';
import { OPERATIONS, type OperationId, type OperationSpec, type RequestJson, type SuccessJson } from './operations.js';
import { resolveOptions, type IntezerClientOptions, type ResolvedOptions } from './options.js';
import { redactText, registerSecret } from './redact.js';
import { abortable, backoffMs, isRetryableNetworkError, isRetryableStatus, parseRetryAfterMs, sleep } from './retry.js';
import { createAgents, type Agents } from './transport/agents.js';
import { LightHeaders, MalformedBodyError } from './transport/light-response.js';
import { createNodeHttpTransport } from './transport/node-http.js';
import type { SendOptions, Transport, WireHeaders, WireResponse } from './transport/types.js';
import { validateResponse } from './validate.js';

/** The longest Retry-After we wait out; a longer one is reported as RateLimitError at once. */
const MAX_RETRY_AFTER_MS = 60_000;

/** One request of an operation, as endpoints.ts spells its wire form. */
export interface CallRequest<Id extends OperationId> {
  /** Below the API root, starting with '/', path parameters in place and encoded. */
  path: string;
  /** A JSON body (sent with Content-Type application/json). */
  json?: RequestJson<Id>;
  /** A body already encoded, with its Content-Type (the multipart ingest). */
  encoded?: { body: Uint8Array; contentType: string };
}

export interface CallResult<D> {
  status: number;
  data: D;
  headers: WireHeaders;
}

export type ClientConfig = Omit<ResolvedOptions, 'apiKey' | 'transport'>;

export class IntezerClient {
  /** Resolved options, without the API key. */
  readonly config: Readonly<ClientConfig>;
  readonly #apiKey: string;
  readonly #tokens: TokenManager;
  readonly #agents: Agents | undefined;
  readonly #userAgent: string;
  readonly #transport: Transport;
  readonly #sendOptions: SendOptions;

  constructor(options: IntezerClientOptions = {}) {
    const { apiKey, transport: custom, ...config } = resolveOptions(options);
    this.#apiKey = apiKey;
    registerSecret(apiKey);
    this.config = Object.freeze(config);
    this.#userAgent = `${SDK_NAME}-${SDK_VERSION}${config.userAgent ? `/${config.userAgent}` : ''}`;
    if (custom) this.#transport = custom;
    else {
      this.#agents = createAgents({ proxy: config.proxy, verifySsl: config.verifySsl });
      this.#transport = createNodeHttpTransport(this.#agents);
    }
    this.#sendOptions = { timeoutMs: config.timeoutMs };
    this.#tokens = new TokenManager(() => this.#exchangeToken(), config.renewTokenWindowSec * 1000);
  }

  get userAgent(): string {
    return this.#userAgent;
  }

  /** @internal Adds `tenant_id` when the client has one (multi-tenant accounts). */
  withTenant<B extends object>(body: B): B & { tenant_id?: string } {
    return this.config.tenantId === undefined ? body : { ...body, tenant_id: this.config.tenantId };
  }

  /** Closes idle keep-alive connections. The client stays usable (new ones are opened). */
  close(): void {
    this.#agents?.destroy();
  }

  /**
   * @internal
   * Runs one operation: refuses cloud-only calls on-premise, adds the token, repeats what is
   * safe to repeat, re-authenticates once on 401, maps failures to typed errors and
   * validates the answer.
   */
  async call<Id extends OperationId>(id: Id, request: CallRequest<Id>, signal?: AbortSignal): Promise<CallResult<SuccessJson<Id>>> {
    const op: OperationSpec = OPERATIONS[id];
    if (op.cloudOnly && this.config.onPremiseVersion !== undefined) {
      throw new UnsupportedOnPremiseVersionError(`${op.key} is not available on on-premise version ${this.config.onPremiseVersion}`);
    }
    const method = op.key.slice(0, op.key.indexOf(' '));
    const url = this.config.apiRoot + request.path;
    const body = request.json !== undefined ? JSON.stringify(request.json) : request.encoded?.body;
    const contentType = request.json !== undefined ? 'application/json' : request.encoded?.contentType;
    let retries = 0;
    let reauthenticated = false;
    for (;;) {
      if (signal?.aborted) throw signal.reason;
      const headers: Record<string, string> = { 'user-agent': this.#userAgent };
      // The wait for a token honours the caller's signal too: the exchange is shared and
      // not tied to it, so without this an abort went unnoticed until the exchange ended
      // (up to timeoutMs per attempt, retries included).
      const token = op.auth === false ? undefined : await abortable(this.#tokens.get(), signal);
      if (token) headers.authorization = `Bearer ${token}`;
      if (contentType) headers['content-type'] = contentType;

      let response: WireResponse;
      let payload: unknown;
      try {
        response = await this.#transport({ url, method, headers: new LightHeaders(headers), body, signal }, this.#sendOptions);
        payload = await readPayload(response, method);
      } catch (err) {
        if (signal?.aborted) throw signal.reason;
        if (err instanceof IntezerError) throw err;
        if (err instanceof MalformedBodyError) {
          throw new ResponseValidationError(op.key, err.status, [{ path: [], message: 'the body is not valid JSON' }]);
        }
        if (retries < this.config.maxRetries && isRetryableNetworkError(err, op.retry)) {
          await sleep(backoffMs(retries++, this.config.retryBaseDelayMs, this.config.retryMaxDelayMs), signal);
          continue;
        }
        throw new NetworkError(`${op.key} failed: ${describeNetworkError(err)}${retries ? ` (after ${retries} retries)` : ''}`, { cause: err });
      }

      const status = response.status;
      if (status === 401 && token && !reauthenticated) {
        // The token may have been revoked or expired early: renew once and repeat.
        reauthenticated = true;
        this.#tokens.invalidate(token);
        continue;
      }
      if (!response.ok) {
        const wait = this.#retryDelay(op, status, response.headers, retries);
        if (wait !== undefined) {
          retries++;
          await sleep(wait, signal);
          continue;
        }
        throw errorFromResponse(status, payload, response.headers, {
          operation: op.key,
          method,
          url: response.url,
          isTokenExchange: op === OPERATIONS.getAccessToken,
        });
      }
      validateResponse(op.key, status, payload);
      return { status, data: payload as SuccessJson<Id>, headers: response.headers };
    }
  }

  /** How long to wait before repeating a failed answer, or undefined: do not repeat. */
  #retryDelay(op: OperationSpec, status: number, headers: WireHeaders, retries: number): number | undefined {
    if (retries >= this.config.maxRetries || !isRetryableStatus(status, op.retry)) return undefined;
    const retryAfter = status === 429 || status === 503 ? parseRetryAfterMs(headers.get('retry-after')) : undefined;
    if (retryAfter !== undefined) return retryAfter <= MAX_RETRY_AFTER_MS ? retryAfter : undefined;
    return backoffMs(retries, this.config.retryBaseDelayMs, this.config.retryMaxDelayMs);
  }

  async #exchangeToken(): Promise<IssuedToken> {
    const { data } = await this.call('getAccessToken', { path: '/get-access-token', json: { api_key: this.#apiKey } });
    registerSecret(data.result);
    return { token: data.result, expiresAt: data.expire_at * 1000 };
  }

  toJSON(): Record<string, unknown> {
    return { name: 'IntezerClient', config: this.config };
  }

  [inspect.custom](): string {
    return `IntezerClient ${inspect(this.config)}`;
  }
}

/**
 * The body of an answer: the parsed JSON (of a 2xx; undefined when there is none), or the
 * JSON or else the text of an error. The rules are openapi-fetch's, which the client used to
 * call through; a 2xx that is not JSON is a MalformedBodyError either way.
 */
async function readPayload(response: WireResponse, method: string): Promise<unknown> {
  const contentLength = response.headers.get('content-length');
  if (response.status === 204 || method === 'HEAD' || (contentLength === '0' && !response.headers.get('transfer-encoding')?.includes('chunked'))) {
    return undefined;
  }
  if (response.ok) {
    if (contentLength) return response.json();
    const text = await response.text();
    if (!text) return undefined;
    try {
      return JSON.parse(text);
    } catch (cause) {
      throw new MalformedBodyError(response.status, cause);
    }
  }
  const text = await response.text();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function describeNetworkError(err: unknown): string {
  if (err instanceof Error) {
    const code = (err as { code?: string }).code;
    return redactText(code && !err.message.includes(code) ? `${code} ${err.message}` : err.message);
  }
  return 'connection failed';
}
