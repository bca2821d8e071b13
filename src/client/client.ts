/**
 * IntezerClient owns everything between a typed call and the wire: options, the transport,
 * the access token, retries, error mapping and response validation. `call()` runs one
 * operation of the table in operations.ts through openapi-fetch, typed by
 * generated/openapi.ts; endpoints.ts holds one line per operation on top of it.
 */
import { inspect } from 'node:util';
import createClient, { type Client } from 'openapi-fetch';
import type { paths } from '../../generated/openapi.js';
import { SDK_NAME, SDK_VERSION } from '../version.js';
import { TokenManager, type IssuedToken } from './auth.js';
import type { CallOptions, CallResult, ParamsOf, SuccessOf } from './call-types.js';
import { errorFromResponse, networkError, responseValidationError } from './error-factory.js';
import { IntezerError, UnsupportedOnPremiseVersionError } from './errors.js';
import { OPERATIONS, type AnyOperation } from './operations.js';
import { formatOnPremiseVersion, resolveOptions, type IntezerClientOptions, type ResolvedOptions } from './options.js';
import { registerSecret } from './redact.js';
import { backoffMs, isRetryableTransportError, isTransportError, retryDelayAfterStatus } from './retry-policy.js';
import { abortable, sleep } from './timers.js';
import { createAgents, type Agents } from './transport/agents.js';
import { LightRequest } from './transport/light-request.js';
import { MalformedBodyError } from './transport/light-response.js';
import { createNodeHttpTransport } from './transport/node-http.js';
import type { Transport, WireHeaders, WireRequest } from './transport/types.js';
import { validateResponse } from './validate.js';

/** The shape openapi-fetch resolves with (its `response` is our light response at run time). */
interface FetchOutcome {
  data?: unknown;
  error?: unknown;
  response: { status: number; ok: boolean; headers: WireHeaders; url: string };
}

/** openapi-fetch's init as the client builds it; `wireHeaders` reaches LightRequest beside it. */
interface RequestInit {
  body: unknown;
  params?: { path: unknown };
  headers?: Record<string, string>;
  bodySerializer?: () => Uint8Array;
  pathSerializer?: (url: string) => string;
  wireHeaders?: Record<string, string>;
  signal?: AbortSignal;
}

type Request = (method: string, path: string, init: RequestInit) => Promise<FetchOutcome>;

export type ClientConfig = Omit<ResolvedOptions, 'apiKey' | 'transport'>;

export class IntezerClient {
  /** Resolved options, without the API key. */
  readonly config: Readonly<ClientConfig>;
  /** @internal The typed openapi-fetch client that `call()` goes through. */
  readonly api: Client<paths>;
  readonly #request: Request;
  readonly #apiKey: string;
  readonly #tokens: TokenManager;
  readonly #agents: Agents | undefined;
  readonly #userAgent: string;

  constructor(options: IntezerClientOptions = {}) {
    const { apiKey, transport: custom, ...config } = resolveOptions(options);
    this.#apiKey = apiKey;
    // The client's own key is scrubbed whatever its length.
    registerSecret(apiKey, 1);
    this.config = Object.freeze(config);
    this.#userAgent = `${SDK_NAME}-${SDK_VERSION}${config.userAgent ? `/${config.userAgent}` : ''}`;
    let transport: Transport;
    if (custom) transport = custom;
    else {
      this.#agents = createAgents({ proxy: config.proxy, verifySsl: config.verifySsl });
      transport = createNodeHttpTransport(this.#agents);
    }
    const sendOptions = { timeoutMs: config.timeoutMs, maxResponseBytes: config.maxResponseBytes };
    this.api = createClient<paths>({
      baseUrl: config.apiRoot,
      // GETs with a JSON body: see transport/light-request.ts.
      Request: LightRequest as unknown as typeof Request,
      fetch: ((req: WireRequest) => transport(req, sendOptions)) as unknown as typeof fetch,
    });
    // openapi-fetch's own signature is typed per literal path; the table's entries are checked there.
    this.#request = this.api.request as unknown as Request;
    this.#tokens = new TokenManager(() => this.#exchangeToken(), config.renewTokenWindowSec * 1000);
  }

  get userAgent(): string {
    return this.#userAgent;
  }

  /** Closes idle keep-alive connections. The client stays usable (new ones are opened). */
  close(): void {
    this.#agents?.destroy();
  }

  /** @internal Throws UnsupportedOnPremiseVersionError for a cloud-only call on an on-premise client. */
  requireAvailable(op: AnyOperation): void {
    if (op.cloudOnly && this.config.onPremiseVersion !== undefined) {
      throw new UnsupportedOnPremiseVersionError(`${op.key} is not available on on-premise version ${formatOnPremiseVersion(this.config.onPremiseVersion)}`);
    }
  }

  /**
   * @internal
   * Runs one operation: refuses cloud-only calls on-premise, adds the token, repeats what is
   * safe to repeat, re-authenticates once on 401, maps failures to typed errors and
   * validates the answer.
   */
  async call<O extends AnyOperation>(op: O, params: ParamsOf<O>, options: CallOptions = {}): Promise<CallResult<SuccessOf<O>>> {
    this.requireAvailable(op);
    const { signal } = options;
    const init = this.#init(op, params);
    let retries = 0;
    let reauthenticated = false;
    for (;;) {
      if (signal?.aborted) throw signal.reason;
      const wireHeaders: Record<string, string> = { 'user-agent': this.#userAgent };
      // The token exchange is shared and not tied to this call's signal: wait for it abortably.
      const token = op.auth ? (this.#tokens.valid() ?? (await abortable(this.#tokens.get(), signal))) : undefined;
      if (token) wireHeaders.authorization = `Bearer ${token}`;

      let outcome: FetchOutcome;
      try {
        outcome = await this.#request(op.method, op.path, signal ? { ...init, wireHeaders, signal } : { ...init, wireHeaders });
      } catch (err) {
        if (signal?.aborted) throw signal.reason;
        if (err instanceof IntezerError) throw err;
        if (err instanceof MalformedBodyError) {
          throw responseValidationError(op.key, err.status, [{ path: [], message: 'the body is not valid JSON' }]);
        }
        if (!isTransportError(err)) throw err;
        if (retries < this.config.maxRetries && isRetryableTransportError(err, op.retry)) {
          await sleep(backoffMs(retries++, this.config.retryBaseDelayMs, this.config.retryMaxDelayMs), signal);
          continue;
        }
        throw networkError(op, err, retries);
      }

      const { response } = outcome;
      const status = response.status;
      if (status === 401 && token && !reauthenticated) {
        // The token may have been revoked or expired early: renew once and repeat.
        reauthenticated = true;
        this.#tokens.invalidate(token);
        continue;
      }
      if (!response.ok || (op.successStatus !== undefined && status !== op.successStatus)) {
        const wait =
          retries < this.config.maxRetries ? retryDelayAfterStatus(op.retry, status, response.headers.get('retry-after'), retries, this.config) : undefined;
        if (wait !== undefined) {
          retries++;
          await sleep(wait, signal);
          continue;
        }
        const body = response.ok ? outcome.data : outcome.error;
        throw errorFromResponse(op, status, body, response.headers, { url: response.url, ...(options.alertId !== undefined && { alertId: options.alertId }) });
      }
      validateResponse(op.key, status, outcome.data);
      return { status, data: outcome.data as SuccessOf<O>, headers: response.headers };
    }
  }

  /** openapi-fetch's init for `params`, built once per call (attempts share it). */
  #init(op: AnyOperation, params: { body?: object; form?: { body: Uint8Array; contentType: string }; path?: object }): RequestInit {
    const init: RequestInit = { body: undefined };
    if (params.form) {
      const { body, contentType } = params.form;
      // The typed body is the form's schema; the bytes on the wire are the encoded form.
      Object.assign(init, { body: {}, headers: { 'Content-Type': contentType }, bodySerializer: () => body });
    } else if (op.body === 'json') {
      const body = params.body ?? {};
      init.body = op.tenant && this.config.tenantId !== undefined ? { ...body, tenant_id: this.config.tenantId } : body;
    }
    if (params.path) {
      init.params = { path: params.path };
      const name = op.verbatimPathParam;
      if (name !== undefined) {
        const value = String((params.path as Record<string, unknown>)[name]);
        init.pathSerializer = (url) => url.replace(`{${name}}`, value);
      }
    }
    return init;
  }

  async #exchangeToken(): Promise<IssuedToken> {
    const { data } = await this.call(OPERATIONS.getAccessToken, { body: { api_key: this.#apiKey } });
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
