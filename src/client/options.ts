/**
 * Client options, resolved once: explicit option, then environment
 * variable, then default. Bad values are refused here, before any request.
 */
import { InvalidArgumentError } from './errors.js';
import type { Transport } from './transport/types.js';

export const ON_PREMISE_VERSIONS = [21.11, 22.10, 23.10] as const;

/** As the versions are named: 22.10, not the number's own 22.1. */
export const formatOnPremiseVersion = (v: number): string => v.toFixed(2);

export interface IntezerClientOptions {
  /** Default: `process.env.INTEZER_ANALYZE_API_KEY`. */
  apiKey?: string;
  /** Default `'https://analyze.intezer.com/api/'`. */
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
  /** Appended to the SDK's own User-Agent. */
  userAgent?: string;
  /** 21.11 | 22.10 | 23.10; cloud-only calls then throw UnsupportedOnPremiseVersionError. */
  onPremiseVersion?: number;
  /** Default true. */
  verifySsl?: boolean;
  /** An HTTP(S) proxy URL, used for every request (the token exchange included). */
  proxy?: string;
  /** Base of the retry backoff, in ms (default 500; doubles each retry). */
  retryBaseDelayMs?: number;
  /** Cap of one backoff or Retry-After wait, in ms (default 8000 / 60000 for Retry-After). */
  retryMaxDelayMs?: number;
  /** An answer larger than this many bytes (decoded) is refused unread (default 64 MiB). */
  maxResponseBytes?: number;
  /** Replace the HTTP transport (tests, custom stacks). */
  transport?: Transport;
}

export interface ResolvedOptions {
  apiKey: string;
  baseUrl: string;
  apiVersion: string;
  apiRoot: string;
  tenantId: string | undefined;
  timeoutMs: number;
  maxRetries: number;
  pollIntervalMs: number;
  renewTokenWindowSec: number;
  userAgent: string | undefined;
  onPremiseVersion: number | undefined;
  verifySsl: boolean;
  proxy: string | undefined;
  retryBaseDelayMs: number;
  retryMaxDelayMs: number;
  maxResponseBytes: number;
  transport: Transport | undefined;
}

function nonNegative(name: string, value: number | undefined, fallback: number, integer = false): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || (integer && !Number.isInteger(value))) {
    throw new InvalidArgumentError(`${name} must be a non-negative ${integer ? 'integer' : 'number'}`);
  }
  return value;
}

function positiveInteger(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) throw new InvalidArgumentError(`${name} must be a positive integer`);
  return value;
}

function envOrUndefined(name: string): string | undefined {
  const v = process.env[name];
  return v === undefined || v.trim() === '' ? undefined : v;
}

export function resolveOptions(options: IntezerClientOptions = {}): ResolvedOptions {
  const apiKey = options.apiKey ?? envOrUndefined('INTEZER_ANALYZE_API_KEY');
  if (apiKey === undefined || typeof apiKey !== 'string' || apiKey.trim() === '') {
    throw new InvalidArgumentError('No API key: pass { apiKey } or set the INTEZER_ANALYZE_API_KEY environment variable.');
  }
  const baseUrl = options.baseUrl ?? 'https://analyze.intezer.com/api/';
  const apiVersion = options.apiVersion ?? 'v2-0';
  let root: URL;
  try {
    root = new URL(`${baseUrl.replace(/\/+$/, '')}/${apiVersion.replace(/^\/+/, '')}`);
  } catch {
    throw new InvalidArgumentError(`baseUrl is not a valid URL: ${baseUrl}`);
  }
  if (root.protocol !== 'http:' && root.protocol !== 'https:') throw new InvalidArgumentError('baseUrl must be an http(s) URL');
  const onPremiseVersion = options.onPremiseVersion;
  if (onPremiseVersion !== undefined && !(ON_PREMISE_VERSIONS as readonly number[]).includes(onPremiseVersion)) {
    throw new InvalidArgumentError(`onPremiseVersion must be one of ${ON_PREMISE_VERSIONS.map(formatOnPremiseVersion).join(', ')}`);
  }
  if (options.proxy !== undefined) {
    let p: URL;
    try {
      p = new URL(options.proxy);
    } catch {
      throw new InvalidArgumentError('proxy is not a valid URL');
    }
    if (p.protocol !== 'http:' && p.protocol !== 'https:') throw new InvalidArgumentError('proxy must be an http(s) URL');
  }
  const tenantId = options.tenantId ?? envOrUndefined('INTEZER_TENANT_ID');
  return {
    apiKey,
    baseUrl,
    apiVersion,
    apiRoot: root.href.replace(/\/+$/, ''),
    tenantId,
    timeoutMs: nonNegative('timeoutMs', options.timeoutMs, 60_000),
    maxRetries: nonNegative('maxRetries', options.maxRetries, 3, true),
    pollIntervalMs: nonNegative('pollIntervalMs', options.pollIntervalMs, 1000),
    renewTokenWindowSec: nonNegative('renewTokenWindowSec', options.renewTokenWindowSec, 20),
    userAgent: options.userAgent,
    onPremiseVersion,
    verifySsl: options.verifySsl ?? true,
    proxy: options.proxy,
    retryBaseDelayMs: nonNegative('retryBaseDelayMs', options.retryBaseDelayMs, 500),
    retryMaxDelayMs: nonNegative('retryMaxDelayMs', options.retryMaxDelayMs, 8000),
    maxResponseBytes: positiveInteger('maxResponseBytes', options.maxResponseBytes, 64 * 1024 * 1024),
    transport: options.transport,
  };
}
