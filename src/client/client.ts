/**
 * IntezerClient owns everything between a typed call and the wire: options, the transport,
 * the access token, retries, error mapping and response validation. Calls are made through
 * openapi-fetch typed by generated/openapi.ts; see endpoints.ts for one function per call.
 */
import { inspect } from 'node:util';
import createClient, { type Client } from 'openapi-fetch';
import type { paths } from '../../generated/openapi.js';
import { SDK_NAME, SDK_VERSION } from '../version.js';
import { TokenManager, type IssuedToken } from './auth.js';
import { errorFromResponse } from './error-factory.js';
import { IntezerError, NetworkError, ResponseValidationError, UnsupportedOnPremiseVersionError } from './errors.js';
import { OPERATIONS, type OperationSpec } from './operations.js';
import { formatOnPremiseVersion, resolveOptions, type IntezerClientOptions, type ResolvedOptions } from './options.js';
import { redactText, registerSecret } from './redact.js';
import { abortable, backoffMs, isRetryableNetworkError, isRetryableStatus, parseRetryAfterMs, sleep } from './retry.js';
import { createAgents, type Agents } from './transport/agents.js';
import { LightRequest } from './transport/light-request.js';
import { MalformedBodyError } from './transport/light-response.js';
import { createNodeHttpTransport } from './transport/node-http.js';
import type { Transport, WireHeaders, WireRequest } from './transport/types.js';
import { validateResponse } from './validate.js';

/** The longest Retry-After we wait out; a longer one is reported as RateLimitError at once. */
const MAX_RETRY_AFTER_MS = 60_000;

/** What one attempt gets: headers to send (User-Agent, Authorization) and the caller's signal. */
export interface AttemptInit {
  /** Lower-cased; carried to the transport beside openapi-fetch's headers (light-request.ts). */
  wireHeaders: Record<string, string>;
  signal?: AbortSignal;
}

/** The shape openapi-fetch resolves with (its `response` is our light response at run time). */
interface FetchOutcome {
  data?: unknown;
  error?: unknown;
  response: { status: number; ok: boolean; headers: WireHeaders; url: string };
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
  /** @internal The typed openapi-fetch client; the functions in endpoints.ts use it. */
  readonly api: Client<paths>;
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
    const sendOptions = { timeoutMs: config.timeoutMs };
    this.api = createClient<paths>({
      baseUrl: config.apiRoot,
      // GETs with a JSON body: see transport/light-request.ts.
      Request: LightRequest as unknown as typeof Request,
      fetch: ((req: WireRequest) => transport(req, sendOptions)) as unknown as typeof fetch,
    });
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

  /** @internal Throws UnsupportedOnPremiseVersionError for a cloud-only call on an on-premise client. */
  requireAvailable(op: OperationSpec): void {
    if (op.cloudOnly && this.config.onPremiseVersion !== undefined) {
      throw new UnsupportedOnPremiseVersionError(`${op.key} is not available on on-premise version ${formatOnPremiseVersion(this.config.onPremiseVersion)}`);
    }
  }

  /**
   * @internal
   * Runs one operation: refuses cloud-only calls on-premise, adds the token, repeats what is
   * safe to repeat, re-authenticates once on 401, maps failures to typed errors and
   * validates the answer. `attempt` makes one openapi-fetch call with the init it is given.
   */
  async call<R extends FetchOutcome>(
    op: OperationSpec,
    attempt: (api: Client<paths>, init: AttemptInit) => Promise<R>,
    signal?: AbortSignal,
  ): Promise<CallResult<Exclude<R['data'], undefined>>> {
    this.requireAvailable(op);
    let retries = 0;
    let reauthenticated = false;
    for (;;) {
      if (signal?.aborted) throw signal.reason;
      const headers: Record<string, string> = { 'user-agent': this.#userAgent };
      // The wait for a token honours the caller's signal too: the exchange is shared and
      // not tied to it, so without this an abort went unnoticed until the exchange ended
      // (up to timeoutMs per attempt, retries included).
      const token = op.auth === false ? undefined : (this.#tokens.valid() ?? (await abortable(this.#tokens.get(), signal)));
      if (token) headers.authorization = `Bearer ${token}`;

      let outcome: R;
      try {
        outcome = await attempt(this.api, signal ? { wireHeaders: headers, signal } : { wireHeaders: headers });
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

      const { response } = outcome;
      const status = response.status;
      if (status === 401 && token && !reauthenticated) {
        // The token may have been revoked or expired early: renew once and repeat.
        reauthenticated = true;
        this.#tokens.invalidate(token);
        continue;
      }
      if (!response.ok || (op.successStatus !== undefined && status !== op.successStatus)) {
        const wait = this.#retryDelay(op, status, response.headers, retries);
        if (wait !== undefined) {
          retries++;
          await sleep(wait, signal);
          continue;
        }
        throw errorFromResponse(status, response.ok ? outcome.data : outcome.error, response.headers, {
          operation: op.key,
          method: op.key.split(' ')[0]!,
          url: response.url,
          isTokenExchange: op === OPERATIONS.getAccessToken,
        });
      }
      validateResponse(op.key, status, outcome.data);
      return { status, data: outcome.data as Exclude<R['data'], undefined>, headers: response.headers };
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
    const { data } = await this.call(OPERATIONS.getAccessToken, (api, init) =>
      api.POST('/get-access-token', { ...init, body: { api_key: this.#apiKey } }),
    );
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

function describeNetworkError(err: unknown): string {
  if (err instanceof Error) {
    const code = (err as { code?: string }).code;
    return redactText(code && !err.message.includes(code) ? `${code} ${err.message}` : err.message);
  }
  return 'connection failed';
}
