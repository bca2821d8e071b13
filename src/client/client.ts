/**
 * IntezerClient owns everything between a typed call and the wire: options, the transport,
 * the access token, retries, error mapping, response validation, the log and its closed
 * state. `call()` runs one operation of the table in operations.ts: fetch-adapter.ts builds
 * and parses it through openapi-fetch, retry.ts repeats it, the transport sends it;
 * endpoints.ts holds one line per operation on top of it.
 */
import { inspect } from 'node:util';
import { SDK_NAME, SDK_VERSION } from '../version.js';
import { TokenManager, type IssuedToken } from './auth.js';
import { CallScope, close, closedSignal, signalOption } from './call-scope.js';
import type { CallOptions, CallResult, ParamsOf, SuccessOf } from './call-types.js';
import { download, type Downloaded } from './download.js';
import { clientClosed, errorFromResponse } from './error-factory.js';
import { UnsupportedOnPremiseVersionError, type ClientClosedError } from './errors.js';
import { createFetchAdapter, prepareInit, type FetchAdapter } from './fetch-adapter.js';
import { ClientLog } from './log.js';
import { OPERATIONS, type AnyOperation } from './operations.js';
import { formatOnPremiseVersion, resolveOptions, type ClientConfig, type IntezerClientOptions } from './options.js';
import { Secrets, type SecretScrubber } from './redact.js';
import { runWithRetries, type Outcome, type RetryDeps } from './retry.js';
import { createAgents, type Agents } from './transport/agents.js';
import { guardTransport } from './transport/custom.js';
import { createNodeHttpTransport } from './transport/node-http.js';
import type { SendOptions, Transport } from './transport/types.js';
import { onAbort } from './timers.js';
import { validateResponse } from './validate.js';

export type { ClientConfig };

/**
 * Marks every client, whichever build made it: the package ships an ESM and a CommonJS build,
 * and a program that loads both (an ESM entry beside a `require`) holds two IntezerClient
 * classes, so `instanceof` alone would refuse a client of the other build.
 */
const CLIENT_BRAND = Symbol.for('intezer-alerts-sdk.IntezerClient');

/** Whether `v` is a client of this package, from either build. */
export function isIntezerClient(v: unknown): v is IntezerClient {
  return v instanceof IntezerClient || (typeof v === 'object' && v !== null && (v as Record<symbol, unknown>)[CLIENT_BRAND] === true);
}

/**
 * A client of the Intezer Analyze alerts API: options, access token, retries, typed errors and response validation.
 * Every facade call takes one as `client`, else uses the global one ({@link setGlobalApi}). Call `close()` when done with it.
 */
export class IntezerClient {
  /** @internal The package's mark (see isIntezerClient). */
  readonly [CLIENT_BRAND] = true;
  /** Resolved options, without the API key (a proxy's password masked). */
  readonly config: Readonly<ClientConfig>;
  readonly #adapter: FetchAdapter;
  readonly #transport: Transport;
  readonly #sendOptions: SendOptions;
  readonly #apiKey: string;
  readonly #secrets = new Secrets();
  readonly #log: ClientLog;
  readonly #tokens: TokenManager;
  readonly #agents: Agents | undefined;
  readonly #userAgent: string;
  /** Aborted by close(): every call in flight listens to it. */
  readonly #closed = closedSignal();
  #calls = 0;
  /** What the retry loop needs of the client. */
  readonly #deps: RetryDeps;

  /**
   * Makes a client; no request is sent until a call needs one.
   * @throws {@link InvalidArgumentError} for a missing or too short API key or a bad option (checked here, before any request).
   */
  constructor(options: IntezerClientOptions = {}) {
    const { config, apiKey, proxySecrets, proxyUrl, logger, transport: custom } = resolveOptions(options);
    this.#apiKey = apiKey;
    // Keys under 8 characters are refused (options.ts): no secret held is short enough to scrub innocent text.
    this.#secrets.add(apiKey);
    // As a query or a JSON text would carry it: a service echoing `?api_key=` or a raw body shows these forms.
    this.#secrets.add(encodeURIComponent(apiKey));
    this.#secrets.add(JSON.stringify(apiKey).slice(1, -1));
    for (const secret of proxySecrets) this.#secrets.add(secret, { minLength: 4 });
    this.config = Object.freeze(config);
    this.#log = new ClientLog(logger, config.logLevel, this.#secrets);
    this.#userAgent = `${SDK_NAME}-${SDK_VERSION}${config.userAgent ? `/${config.userAgent}` : ''}`;
    // A custom transport may ignore the signal, throw anything or answer off-contract: guarded (custom.ts).
    if (custom) this.#transport = guardTransport(custom, this.#secrets);
    else {
      this.#agents = createAgents({ proxy: proxyUrl, verifySsl: config.verifySsl });
      this.#transport = createNodeHttpTransport(this.#agents);
    }
    this.#sendOptions = { timeoutMs: config.timeoutMs, maxResponseBytes: config.maxResponseBytes };
    this.#adapter = createFetchAdapter(config.apiRoot, this.#transport, this.#sendOptions, this.#secrets);
    this.#tokens = new TokenManager((signal) => this.#exchangeToken(signal), config.renewTokenWindowSec * 1000);
    this.#deps = { config: this.config, log: this.#log, secrets: this.#secrets };
  }

  /** The User-Agent every request carries: `intezer-typescript-sdk-<version>`, then `/<userAgent option>` when one was given. */
  get userAgent(): string {
    return this.#userAgent;
  }

  /**
   * Closes the client for good: calls in flight reject at once with ClientClosedError and are
   * never retried, reconnected or re-authenticated; a token exchange in flight is dropped;
   * every connection ends, so the process can exit at once; every later call throws
   * ClientClosedError before any request.
   */
  close(): void {
    close(this.#closed);
    this.#tokens.reset(this.#closed.signal.reason);
    this.#agents?.destroy();
    this.#secrets.forgetExpiring();
  }

  /** Whether close() was called. */
  get closed(): boolean {
    return this.#closed.signal.aborted;
  }

  /**
   * @internal Calls `fn` with a ClientClosedError for `what` when the client closes (at once
   * when it is closed): waits between requests (a poll's interval) end with the client, never
   * outlive it. Returns the function that stops listening.
   */
  onClose(what: string, fn: (err: ClientClosedError) => void): () => void {
    if (this.closed) {
      fn(clientClosed(what, false));
      return () => undefined;
    }
    return onAbort(this.#closed.signal, () => fn(clientClosed(what, false)));
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

  /** @internal Throws ClientClosedError once closed (before anything else), UnsupportedOnPremiseVersionError for a cloud-only call on an on-premise client. */
  requireAvailable(op: AnyOperation): void {
    if (this.closed) throw clientClosed(op.key, false);
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
    const scope = this.#scope(op.key, options);
    try {
      const init = prepareInit(op, params, this.config.tenantId);
      const { apiRoot } = this.config;
      const { signal } = scope;
      const run = {
        what: op.key,
        method: op.method.toUpperCase(),
        retry: op.retry,
        callId: scope.id,
        signal,
        reason: () => scope.reason(),
        scope,
        pathOf: (url: string | undefined) => (url?.startsWith(apiRoot) ? url.slice(apiRoot.length) : op.path),
      };
      let reauthenticated = false;
      return await runWithRetries(run, this.#deps, async (): Promise<Outcome<CallResult<SuccessOf<O>>>> => {
        const wireHeaders: Record<string, string> = { 'user-agent': this.#userAgent };
        const token = op.auth ? (this.#tokens.valid() ?? (await this.#tokens.get(signal))) : undefined;
        if (token) wireHeaders.authorization = `Bearer ${token}`;
        scope.markSent();
        const answer = await this.#adapter.send(op, init, wireHeaders, signal, scope);
        const { status, url, headers } = answer;
        if (status === 401 && token && !reauthenticated) {
          // The token may have been revoked or expired early: renew once and repeat.
          reauthenticated = true;
          this.#tokens.invalidate(token);
          return { status, url, again: `${op.key} answered 401: renewing the access token and repeating` };
        }
        if (!answer.ok || (op.successStatus !== undefined && status !== op.successStatus)) {
          const failure = { url, secrets: this.#secrets, apiRoot, ...(options.alertId !== undefined && { alertId: options.alertId }) };
          const error = () => errorFromResponse(op, status, answer.body, headers, failure);
          return { status, url, retryAfter: headers['retry-after'] ?? null, error };
        }
        validateResponse(op.key, status, answer.body, this.#secrets);
        return { status, url, value: { status, data: answer.body as SuccessOf<O>, headers } };
      });
    } finally {
      scope.end();
    }
  }

  /**
   * @internal
   * GETs an absolute URL outside the API (a pre-signed download link) through the client's
   * transport, proxy and TLS settings, without the Authorization header.
   */
  async download(url: string, options: { signal?: AbortSignal } = {}): Promise<Downloaded> {
    const scope = this.#scope('GET (download link)', options);
    try {
      return await download(url, { transport: this.#transport, sendOptions: this.#sendOptions, userAgent: this.#userAgent, scope, ...this.#deps });
    } finally {
      scope.end();
    }
  }

  /** A new call's scope; throws ClientClosedError once closed, InvalidArgumentError for an odd signal. */
  #scope(what: string, options: unknown): CallScope {
    return new CallScope(what, `c${++this.#calls}`, this.#closed.signal, signalOption(options));
  }

  async #exchangeToken(signal: AbortSignal): Promise<IssuedToken> {
    const { data } = await this.call(OPERATIONS.getAccessToken, { body: { api_key: this.#apiKey } }, { signal });
    const expiresAt = data.expire_at * 1000;
    this.#secrets.add(data.result, { expiresAt });
    this.#log.info(`access token renewed, valid for ${Math.round((expiresAt - Date.now()) / 1000)} s`);
    return { token: data.result, expiresAt };
  }

  /** A plain form for `JSON.stringify`: the name and `config` (no key, a proxy's password masked). */
  toJSON(): Record<string, unknown> {
    return { name: 'IntezerClient', config: this.config };
  }

  /** How `util.inspect` and `console.log` show the client: its `config` only, never the key. */
  [inspect.custom](): string {
    return `IntezerClient ${inspect(this.config)}`;
  }
}
