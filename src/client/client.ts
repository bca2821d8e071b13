/**
 * IntezerClient owns everything between a typed call and the wire: options, the transport,
 * the access token, retries, error mapping, response validation and the log. `call()` runs
 * one operation of the table in operations.ts through openapi-fetch, typed by
 * generated/openapi.ts; endpoints.ts holds one line per operation on top of it.
 */
import { inspect } from 'node:util';
import createClient, { type Client } from 'openapi-fetch';
import type { paths } from '../../generated/openapi.js';
import { SDK_NAME, SDK_VERSION } from '../version.js';
import { TokenManager, type IssuedToken } from './auth.js';
import type { CallOptions, CallResult, ParamsOf, SuccessOf } from './call-types.js';
import { download, type Downloaded } from './download.js';
import { errorFromResponse, networkError, noApiAtRoot, responseValidationError } from './error-factory.js';
import { IntezerError, UnsupportedOnPremiseVersionError } from './errors.js';
import { ClientLog } from './log.js';
import { OPERATIONS, type AnyOperation } from './operations.js';
import { formatOnPremiseVersion, resolveOptions, type ClientConfig, type IntezerClientOptions } from './options.js';
import { Secrets, type SecretScrubber } from './redact.js';
import { backoffMs, isRetryableTransportError, isTransportError, retryDelayAfterStatus } from './retry-policy.js';
import { abortable, sleep } from './timers.js';
import { createAgents, type Agents } from './transport/agents.js';
import { LightRequest } from './transport/light-request.js';
import { MalformedBodyError } from './transport/light-response.js';
import { createNodeHttpTransport } from './transport/node-http.js';
import type { SendOptions, Transport, WireHeaders, WireRequest } from './transport/types.js';
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

export type { ClientConfig };

export class IntezerClient {
  /** Resolved options, without the API key (a proxy's password masked). */
  readonly config: Readonly<ClientConfig>;
  /** @internal The typed openapi-fetch client that `call()` goes through. */
  readonly api: Client<paths>;
  readonly #request: Request;
  readonly #transport: Transport;
  readonly #sendOptions: SendOptions;
  readonly #apiKey: string;
  readonly #secrets = new Secrets();
  readonly #log: ClientLog;
  readonly #tokens: TokenManager;
  readonly #agents: Agents | undefined;
  readonly #userAgent: string;

  constructor(options: IntezerClientOptions = {}) {
    const { config, apiKey, proxyUrl, proxyPassword, logger, transport: custom } = resolveOptions(options);
    this.#apiKey = apiKey;
    // The client's own key is scrubbed whatever its length; a proxy's password unless trivially short.
    this.#secrets.add(apiKey, { minLength: 1 });
    this.#secrets.add(proxyPassword, { minLength: 4 });
    this.config = Object.freeze(config);
    this.#log = new ClientLog(logger, config.logLevel, this.#secrets);
    this.#userAgent = `${SDK_NAME}-${SDK_VERSION}${config.userAgent ? `/${config.userAgent}` : ''}`;
    if (custom) this.#transport = custom;
    else {
      this.#agents = createAgents({ proxy: proxyUrl, verifySsl: config.verifySsl });
      this.#transport = createNodeHttpTransport(this.#agents);
    }
    const sendOptions = { timeoutMs: config.timeoutMs, maxResponseBytes: config.maxResponseBytes };
    this.#sendOptions = sendOptions;
    const transport = this.#transport;
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

  /**
   * Ends every connection the client holds and forgets its access tokens. The client stays
   * usable: a later call opens new connections and fetches a new token.
   */
  close(): void {
    this.#agents?.destroy();
    this.#tokens.reset();
    this.#secrets.forgetExpiring();
  }

  /** @internal Secret values this client holds (tests: their number stays bounded). */
  get secretCount(): number {
    return this.#secrets.size;
  }

  /** @internal Scrubs this client's secret values from what the facade copies into an error. */
  get secrets(): SecretScrubber {
    return this.#secrets;
  }

  /** @internal The client's log: the facade warns through it (an unknown value, once per client). */
  get log(): ClientLog {
    return this.#log;
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
    const failure = { secrets: this.#secrets, apiRoot: this.config.apiRoot, ...(options.alertId !== undefined && { alertId: options.alertId }) };
    let retries = 0;
    let reauthenticated = false;
    for (let attempt = 1; ; attempt++) {
      if (signal?.aborted) throw signal.reason;
      const wireHeaders: Record<string, string> = { 'user-agent': this.#userAgent };
      // The token exchange is shared and not tied to this call's signal: wait for it abortably.
      const token = op.auth ? (this.#tokens.valid() ?? (await abortable(this.#tokens.get(), signal))) : undefined;
      if (token) wireHeaders.authorization = `Bearer ${token}`;

      const started = performance.now();
      let outcome: FetchOutcome;
      try {
        outcome = await this.#request(op.method, op.path, signal ? { ...init, wireHeaders, signal } : { ...init, wireHeaders });
      } catch (err) {
        if (signal?.aborted) throw signal.reason;
        if (err instanceof IntezerError) throw err;
        if (err instanceof MalformedBodyError) {
          this.#logAttempt(op, attempt, started, err.status);
          if (op.failures[0] === 'noApiAtRoot') {
            throw noApiAtRoot(op, { status: err.status, body: undefined, headers: {}, url: err.url, secrets: this.#secrets }, { ...failure, url: err.url });
          }
          throw responseValidationError(op.key, err.status, [{ path: [], message: 'the body is not valid JSON' }], this.#secrets);
        }
        if (!isTransportError(err)) throw err;
        this.#logAttempt(op, attempt, started, err.code as string);
        if (retries < this.config.maxRetries && isRetryableTransportError(err, op.retry)) {
          await this.#pause(op, backoffMs(retries++, this.config.retryBaseDelayMs, this.config.retryMaxDelayMs), attempt, String(err.code), signal);
          continue;
        }
        throw networkError(op.key, err, retries, this.#secrets);
      }

      const { response } = outcome;
      const status = response.status;
      this.#logAttempt(op, attempt, started, status, response.url);
      if (status === 401 && token && !reauthenticated) {
        // The token may have been revoked or expired early: renew once and repeat.
        reauthenticated = true;
        this.#tokens.invalidate(token);
        this.#log.info(`${op.key} answered 401: renewing the access token and repeating`);
        continue;
      }
      if (!response.ok || (op.successStatus !== undefined && status !== op.successStatus)) {
        const wait =
          retries < this.config.maxRetries ? retryDelayAfterStatus(op.retry, status, response.headers.get('retry-after'), retries, this.config) : undefined;
        if (wait !== undefined) {
          retries++;
          await this.#pause(op, wait, attempt, `HTTP ${status}`, signal);
          continue;
        }
        const body = response.ok ? outcome.data : outcome.error;
        throw errorFromResponse(op, status, body, response.headers, { ...failure, url: response.url });
      }
      validateResponse(op.key, status, outcome.data, this.#secrets);
      return { status, data: outcome.data as SuccessOf<O>, headers: response.headers };
    }
  }

  /**
   * @internal
   * GETs an absolute URL outside the API (a pre-signed download link) through the client's
   * transport, proxy and TLS settings, without the Authorization header.
   */
  download(url: string, options: { signal?: AbortSignal } = {}): Promise<Downloaded> {
    return download(url, {
      transport: this.#transport,
      sendOptions: this.#sendOptions,
      userAgent: this.#userAgent,
      config: this.config,
      secrets: this.#secrets,
      log: this.#log,
      ...(options.signal && { signal: options.signal }),
    });
  }

  #logAttempt(op: AnyOperation, attempt: number, started: number, outcome: number | string, url?: string): void {
    if (!this.#log.enabled('debug')) return;
    const ms = Math.round(performance.now() - started);
    const path = url?.startsWith(this.config.apiRoot) ? url.slice(this.config.apiRoot.length) : op.path;
    const method = op.method.toUpperCase();
    this.#log.debug(`${method} ${path} → ${outcome} in ${ms} ms (attempt ${attempt})`, { method, path, status: outcome, ms, attempt });
  }

  async #pause(op: AnyOperation, ms: number, attempt: number, reason: string, signal: AbortSignal | undefined): Promise<void> {
    this.#log.info(`retrying ${op.key} in ${Math.round(ms)} ms after ${reason} (attempt ${attempt + 1} of ${this.config.maxRetries + 1})`, {
      operation: op.key,
      reason,
      delayMs: Math.round(ms),
      attempt: attempt + 1,
    });
    await sleep(ms, signal);
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
    const expiresAt = data.expire_at * 1000;
    this.#secrets.add(data.result, { expiresAt });
    this.#log.info(`access token renewed, valid for ${Math.round((expiresAt - Date.now()) / 1000)} s`);
    return { token: data.result, expiresAt };
  }

  toJSON(): Record<string, unknown> {
    return { name: 'IntezerClient', config: this.config };
  }

  [inspect.custom](): string {
    return `IntezerClient ${inspect(this.config)}`;
  }
}
