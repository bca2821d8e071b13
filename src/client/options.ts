/**
 * Client options, resolved once: explicit option, then environment variable, then default.
 * Bad values are refused here, before any request, with InvalidArgumentError naming the
 * option. Secrets (the key, a proxy's password) are kept apart from the public `config`.
 */
import { InvalidArgumentError } from './errors.js';
import { callLogger, LOG_LEVELS, stderrLogger, type Logger, type LogLevel } from './log.js';
import { REDACTED } from './redact.js';
import { decodeUserinfo, proxyAuthorization } from './transport/tunnel.js';
import type { Transport } from './transport/types.js';

const ON_PREMISE_VERSIONS = [21.11, 22.1, 23.1] as const;
const DEFAULT_BASE_URL = 'https://analyze.intezer.com/api/';
/**
 * The shortest API key taken. Keys are scrubbed by value from every message: a shorter one
 * would mask innocent text (the key `k` masked every k), and real keys are far longer.
 */
const MIN_API_KEY_LENGTH = 8;

/** As the versions are named: 22.10, not the number's own 22.1. */
export const formatOnPremiseVersion = (v: number): string => v.toFixed(2);

/**
 * The options of `new IntezerClient(options)` and {@link setGlobalApi}: each option, else its environment variable, else its default.
 * Checked when the client is made: a bad one is an {@link InvalidArgumentError} before any request.
 */
export interface IntezerClientOptions {
  /** Default: `process.env.INTEZER_ANALYZE_API_KEY`. */
  apiKey?: string;
  /** Default: `process.env.INTEZER_ANALYZE_BASE_URL`, then `'https://analyze.intezer.com/api/'`. No query, fragment or credentials. */
  baseUrl?: string;
  /** Default `'v2-0'`; API root = baseUrl + apiVersion, one slash between. */
  apiVersion?: string;
  /** Default: `process.env.INTEZER_TENANT_ID`. Added to the bodies of the calls that take it (operations.ts, `tenant`). */
  tenantId?: string;
  /** Per HTTP request attempt, in ms. Default 60000; 0: none. */
  timeoutMs?: number;
  /** Automatic retries of a failed request (default 3). */
  maxRetries?: number;
  /** Default interval of every wait, in ms (default 1000). */
  pollIntervalMs?: number;
  /** Renew the access token this long before it expires (default 20 s). */
  renewTokenWindowSec?: number;
  /** Appended to the SDK's own User-Agent; printable ASCII. */
  userAgent?: string;
  /** 21.11 | 22.10 | 23.10; cloud-only calls then throw UnsupportedOnPremiseVersionError. */
  onPremiseVersion?: number;
  /** Default true. */
  verifySsl?: boolean;
  /** An HTTP(S) proxy URL, used for every request (the token exchange included); `user:password@` is sent as Proxy-Authorization. */
  proxy?: string;
  /** Where log lines go (default: stderr, every level, one line each). */
  logger?: Logger;
  /** Default: `process.env.INTEZER_LOG` (any case; a value it does not know is a warning), then `'warn'`. */
  logLevel?: LogLevel;
  /** An answer larger than this many bytes (decoded) is refused unread (default 64 MiB). */
  maxResponseBytes?: number;
  /** An email larger than this many bytes is refused before anything is sent (default 64 MiB). */
  maxEmailBytes?: number;
  /** Base of the retry backoff, in ms (default 500; doubles each retry). */
  retryBaseDelayMs?: number;
  /** Cap of one backoff wait, in ms (default 8000; a Retry-After is obeyed up to 60 s). */
  retryMaxDelayMs?: number;
  /** Replace the HTTP transport (tests, custom stacks). */
  transport?: Transport;
}

/** The resolved options a client shows (`client.config`): no key, a proxy's password masked, no logger. */
export interface ClientConfig {
  /** The base URL the API root is made from. */
  baseUrl: string;
  /** The API version (default `v2-0`). */
  apiVersion: string;
  /** baseUrl + apiVersion, without a trailing slash. */
  apiRoot: string;
  /** The tenant added to the calls that take one, or undefined. */
  tenantId: string | undefined;
  /** Timeout of one HTTP attempt, in ms (0: none). */
  timeoutMs: number;
  /** Automatic retries of a failed request. */
  maxRetries: number;
  /** Default interval of every wait, in ms. */
  pollIntervalMs: number;
  /** The access token is renewed this many seconds before it expires. */
  renewTokenWindowSec: number;
  /** The caller's own part of the User-Agent, or undefined. */
  userAgent: string | undefined;
  /** The on-premise version (21.11, 22.10 or 23.10), or undefined for the cloud service. */
  onPremiseVersion: number | undefined;
  /** Whether TLS certificates are verified. */
  verifySsl: boolean;
  /** The proxy URL with its password masked. */
  proxy: string | undefined;
  /** The level the client logs at. */
  logLevel: LogLevel;
  /** An answer larger than this many bytes (decoded) is refused unread. */
  maxResponseBytes: number;
  /** An email larger than this many bytes is refused before anything is sent. */
  maxEmailBytes: number;
  /** Base of the retry backoff, in ms. */
  retryBaseDelayMs: number;
  /** Cap of one backoff wait, in ms. */
  retryMaxDelayMs: number;
}

export interface ResolvedOptions {
  config: ClientConfig;
  apiKey: string;
  /** The proxy URL as given (with its credentials). */
  proxyUrl: string | undefined;
  /** The proxy's password in every form it may show in (decoded, as written, as Basic credentials), to be scrubbed. */
  proxySecrets: string[];
  logger: Logger;
  transport: Transport | undefined;
}

function envOrUndefined(name: string): string | undefined {
  const v = process.env[name];
  return v === undefined || v.trim() === '' ? undefined : v;
}

/** A duration in ms: finite and not negative. Values past Node's timer limit are fine (timers.ts). */
function duration(name: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) throw new InvalidArgumentError(`${name} must be a finite, non-negative number`);
  return value;
}

function integerFrom(name: string, value: unknown, fallback: number, min: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min) throw new InvalidArgumentError(`${name} must be an integer of at least ${min}`);
  return value;
}

function optionalText(name: string, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.trim() === '') throw new InvalidArgumentError(`${name} must be a non-empty string`);
  return value;
}

/** A header value Node will send as is: printable ASCII, no control characters (CR and LF above all). */
function headerSafe(name: string, value: string | undefined): string | undefined {
  if (value !== undefined && !/^[\x20-\x7e]*$/.test(value)) throw new InvalidArgumentError(`${name} must be printable ASCII, without control characters`);
  return value;
}

/**
 * The value never shows in the message: a URL that does not parse may hold a password whose
 * `/`, `#`, `?` or `@` keeps any pattern from finding where it ends, or a pasted key.
 */
function parseUrl(name: string, value: string): URL {
  try {
    return new URL(value);
  } catch {
    throw new InvalidArgumentError(`${name} is not a valid URL (a password in it must be percent-encoded)`);
  }
}

/** A proxy URL as shown: its password masked, rebuilt from the parsed parts (never found by a pattern). */
function shownProxy(p: URL): string {
  const credentials = p.username || p.password ? `${p.username}${p.password ? `:${REDACTED}` : ''}@` : '';
  return `${p.protocol}//${credentials}${p.host}${p.pathname === '/' ? '' : p.pathname}`;
}

/** The API root from baseUrl and apiVersion; refused when either would change its meaning. */
function apiRoot(baseUrl: string, apiVersion: string): string {
  const base = parseUrl('baseUrl', baseUrl);
  if (base.protocol !== 'http:' && base.protocol !== 'https:') throw new InvalidArgumentError('baseUrl must be an http(s) URL');
  if (base.username || base.password) throw new InvalidArgumentError('baseUrl must not hold credentials (user:password@): the API key authenticates');
  if (base.search || base.hash || /[?#]/.test(baseUrl)) throw new InvalidArgumentError('baseUrl must not hold a query (?…) or a fragment (#…)');
  const version = apiVersion.replace(/^\/+|\/+$/g, '');
  // Empty: the API root is the base URL itself (a server that mounts the API there).
  if (version !== '' && !/^[A-Za-z0-9._~-]+(?:\/[A-Za-z0-9._~-]+)*$/.test(version)) {
    throw new InvalidArgumentError('apiVersion must be a path such as v2-0');
  }
  const root = base.href.replace(/\/+$/, '');
  return version === '' ? root : `${root}/${version}`;
}

/** A proxy: its URL as given, as shown, and every form its password may take in text (decoded, as written, re-encoded, inside the Basic credentials). */
function proxyOf(value: unknown): { url: string; shown: string; secrets: string[] } | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new InvalidArgumentError('proxy must be a URL string');
  const p = parseUrl('proxy', value);
  if (p.protocol !== 'http:' && p.protocol !== 'https:') throw new InvalidArgumentError('proxy must be an http(s) URL');
  const authorization = proxyAuthorization(p);
  const password = decodeUserinfo(p.password);
  const secrets = p.password ? [password, p.password, encodeURIComponent(password), authorization!.slice('Basic '.length)] : [];
  return { url: value, shown: shownProxy(p), secrets };
}

const isLevel = (v: unknown): v is LogLevel => (LOG_LEVELS as readonly unknown[]).includes(v);

/** INTEZER_LOG values already warned about: one warning per value and process, not per client. */
const warnedEnvLevels = new Set<string>();

/**
 * The option, else INTEZER_LOG read in any case, else warn. An unknown option is refused (a
 * caller's mistake in code); an unknown INTEZER_LOG is a warning and the default level (an
 * environment typo must not stop every program that makes a client).
 */
function logLevelOf(value: unknown, logger: Logger): LogLevel {
  if (value !== undefined) {
    if (!isLevel(value)) throw new InvalidArgumentError(`logLevel must be one of ${LOG_LEVELS.join(', ')}`);
    return value;
  }
  const env = envOrUndefined('INTEZER_LOG')?.trim();
  if (env === undefined) return 'warn';
  const level = env.toLowerCase();
  if (isLevel(level)) return level;
  if (!warnedEnvLevels.has(env)) {
    warnedEnvLevels.add(env);
    // The value is shown only when it looks like a level name: the variable may hold anything.
    const shown = /^[\w-]{1,20}$/.test(env) ? `INTEZER_LOG=${env}` : 'INTEZER_LOG';
    // A failing logger (a throw, a rejected promise) must not stop the client being made.
    callLogger(logger, 'warn', `intezer-sdk: ${shown} is not a log level (${LOG_LEVELS.join(', ')}): logging at warn`);
  }
  return 'warn';
}

function loggerOf(value: unknown): Logger {
  if (value === undefined) return stderrLogger();
  const l = value as Record<string, unknown>;
  let methods = false;
  try {
    methods = l !== null && typeof l === 'object' && ['debug', 'info', 'warn', 'error'].every((m) => typeof l[m] === 'function');
  } catch {
    // A getter (or a proxy) that throws: no logger either.
  }
  if (!methods) throw new InvalidArgumentError('logger must have debug, info, warn and error methods (console has)');
  return value as Logger;
}

const OPTION_NAMES = [
  'apiKey',
  'baseUrl',
  'apiVersion',
  'tenantId',
  'timeoutMs',
  'maxRetries',
  'pollIntervalMs',
  'renewTokenWindowSec',
  'userAgent',
  'onPremiseVersion',
  'verifySsl',
  'proxy',
  'logger',
  'logLevel',
  'maxResponseBytes',
  'maxEmailBytes',
  'retryBaseDelayMs',
  'retryMaxDelayMs',
  'transport',
] as const satisfies readonly (keyof IntezerClientOptions)[];

/** The options read once, as plain data: a getter that throws is refused here, never escapes as itself. */
function readOptions(options: IntezerClientOptions): IntezerClientOptions {
  const out: Record<string, unknown> = {};
  for (const name of OPTION_NAMES) {
    try {
      const value = options[name];
      if (value !== undefined) out[name] = value;
    } catch {
      throw new InvalidArgumentError(`options.${name} could not be read (its getter threw)`);
    }
  }
  return out as IntezerClientOptions;
}

/** The key's own text must not show in a message: a baseUrl that holds it is refused without echoing either. */
function refuseKeyIn(name: string, value: string | undefined, apiKey: string): void {
  if (value?.includes(apiKey)) throw new InvalidArgumentError(`${name} holds the API key: pass the key as { apiKey } only`);
}

export function resolveOptions(given: IntezerClientOptions = {}): ResolvedOptions {
  if (given === null || typeof given !== 'object') throw new InvalidArgumentError('options must be an object');
  const options = readOptions(given);
  const apiKey = options.apiKey ?? envOrUndefined('INTEZER_ANALYZE_API_KEY');
  if (apiKey === undefined || typeof apiKey !== 'string' || apiKey.trim() === '') {
    throw new InvalidArgumentError('No API key: pass { apiKey } or set the INTEZER_ANALYZE_API_KEY environment variable.');
  }
  if (apiKey.length < MIN_API_KEY_LENGTH) throw new InvalidArgumentError(`The API key is too short to be one (under ${MIN_API_KEY_LENGTH} characters)`);
  const baseUrl = optionalText('baseUrl', options.baseUrl) ?? envOrUndefined('INTEZER_ANALYZE_BASE_URL') ?? DEFAULT_BASE_URL;
  refuseKeyIn('baseUrl', baseUrl, apiKey);
  // Every text option `config` shows: none may hold the key (a key pasted in the wrong field).
  for (const name of ['proxy', 'userAgent', 'tenantId', 'apiVersion'] as const) {
    const value = options[name];
    refuseKeyIn(name, typeof value === 'string' ? value : undefined, apiKey);
  }
  refuseKeyIn('INTEZER_TENANT_ID', options.tenantId === undefined ? envOrUndefined('INTEZER_TENANT_ID') : undefined, apiKey);
  if (options.apiVersion !== undefined && typeof options.apiVersion !== 'string') throw new InvalidArgumentError('apiVersion must be a string');
  const apiVersion = options.apiVersion ?? 'v2-0';
  const onPremiseVersion = options.onPremiseVersion;
  if (onPremiseVersion !== undefined && !(ON_PREMISE_VERSIONS as readonly number[]).includes(onPremiseVersion)) {
    throw new InvalidArgumentError(`onPremiseVersion must be one of ${ON_PREMISE_VERSIONS.map(formatOnPremiseVersion).join(', ')}`);
  }
  if (options.verifySsl !== undefined && typeof options.verifySsl !== 'boolean') throw new InvalidArgumentError('verifySsl must be a boolean');
  if (options.transport !== undefined && typeof options.transport !== 'function') throw new InvalidArgumentError('transport must be a function');
  const proxy = proxyOf(options.proxy);
  const logger = loggerOf(options.logger);
  const config: ClientConfig = {
    baseUrl,
    apiVersion,
    apiRoot: apiRoot(baseUrl, apiVersion),
    tenantId: optionalText('tenantId', options.tenantId) ?? envOrUndefined('INTEZER_TENANT_ID'),
    timeoutMs: duration('timeoutMs', options.timeoutMs, 60_000),
    maxRetries: integerFrom('maxRetries', options.maxRetries, 3, 0),
    pollIntervalMs: duration('pollIntervalMs', options.pollIntervalMs, 1000),
    renewTokenWindowSec: duration('renewTokenWindowSec', options.renewTokenWindowSec, 20),
    userAgent: headerSafe('userAgent', optionalText('userAgent', options.userAgent)),
    onPremiseVersion,
    verifySsl: options.verifySsl ?? true,
    proxy: proxy?.shown,
    logLevel: logLevelOf(options.logLevel, logger),
    maxResponseBytes: integerFrom('maxResponseBytes', options.maxResponseBytes, 64 * 1024 * 1024, 1),
    maxEmailBytes: integerFrom('maxEmailBytes', options.maxEmailBytes, 64 * 1024 * 1024, 1),
    retryBaseDelayMs: duration('retryBaseDelayMs', options.retryBaseDelayMs, 500),
    retryMaxDelayMs: duration('retryMaxDelayMs', options.retryMaxDelayMs, 8000),
  };
  return {
    config,
    apiKey,
    proxyUrl: proxy?.url,
    proxySecrets: proxy?.secrets ?? [],
    logger,
    transport: options.transport,
  };
}
