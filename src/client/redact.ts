/**
 * Credentials must never reach an error, a log line or a snapshot. Everything that copies
 * request or response material into an error or a log passes through here.
 *
 * Two layers: what can be told by its shape (an `Authorization` header, a `Bearer …` text, a
 * field named like a secret, a password in a URL) is always scrubbed; the exact values a
 * client holds (its API key, its live access tokens, its proxy's password) are scrubbed by
 * that client's own `Secrets`, so their number is bounded by one client's, not by every
 * token a process ever saw.
 */
export const REDACTED = '[REDACTED]';
/** Deeper structure is elided, never copied as is. */
const MAX_DEPTH = 32;
const ELIDED = '[…]';

const SENSITIVE_HEADERS = new Set(['authorization', 'proxy-authorization', 'cookie', 'set-cookie']);
const SENSITIVE_KEYS = new Set(['api_key', 'apikey', 'access_token', 'token', 'authorization', 'password', 'zip_password', 'proxy-authorization']);
/** Tokens issued last are kept even once expired: an answer in flight may still echo them. */
const RECENT_TOKENS_KEPT = 4;

interface Held {
  /** Epoch ms after which it may be forgotten; Infinity: kept while the client lives. */
  expiresAt: number;
  /** Order of arrival, to keep the most recent tokens. */
  seq: number;
}

/** The secret values one client holds. */
export class Secrets {
  readonly #held = new Map<string, Held>();
  #seq = 0;

  /** `minLength`: very short strings would scrub innocent text; tokens from the service are long. */
  add(secret: string | undefined, options: { minLength?: number; expiresAt?: number } = {}): void {
    if (!secret || secret.length < (options.minLength ?? 8)) return;
    this.#held.set(secret, { expiresAt: options.expiresAt ?? Infinity, seq: this.#seq++ });
    this.#prune(Date.now());
  }

  /** Forgets every secret that expires (the tokens); the configured ones stay. */
  forgetExpiring(): void {
    for (const [s, h] of this.#held) if (h.expiresAt !== Infinity) this.#held.delete(s);
  }

  get size(): number {
    return this.#held.size;
  }

  scrub(text: string): string {
    let out = text;
    for (const s of this.#held.keys()) if (out.includes(s)) out = out.split(s).join(REDACTED);
    return out;
  }

  /** Expired tokens beyond the most recent few are forgotten. */
  #prune(now: number): void {
    const newestKept = this.#seq - RECENT_TOKENS_KEPT;
    for (const [s, h] of this.#held) if (h.expiresAt <= now && h.seq < newestKept) this.#held.delete(s);
  }
}

/** No values known: shape-based redaction only (errors made outside a client). */
const NO_SECRETS: Pick<Secrets, 'scrub'> = { scrub: (text) => text };
export type SecretScrubber = Pick<Secrets, 'scrub'>;

/**
 * `scheme://user:password@host` → `scheme://user:[REDACTED]@host`; a user alone is kept. The
 * password runs to the authority's last `@`, as URL parsers read it, so one holding `@`
 * leaves no tail.
 */
function maskUrlCredentials(text: string): string {
  return text.replace(/\b([a-z][a-z0-9+.-]*:\/\/)([^/?#@\s:]*):([^/?#\s]*)@/gi, `$1$2:${REDACTED}@`);
}

/** A URL without its query: a pre-signed link's query is its credential (the API's own URLs carry none). */
export function maskQuery(url: string): string {
  return url.replace(/\?.*$/s, `?${REDACTED}`);
}

export function redactText(text: string, secrets: SecretScrubber = NO_SECRETS): string {
  return maskUrlCredentials(secrets.scrub(text)).replace(/Bearer\s+[A-Za-z0-9._~+/=-]+/g, `Bearer ${REDACTED}`);
}

export function redactHeaders(headers: Record<string, string>, secrets: SecretScrubber = NO_SECRETS): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) {
    define(out, k, SENSITIVE_HEADERS.has(k.toLowerCase()) ? REDACTED : redactText(String(v), secrets));
  }
  return out;
}

/** Sets `key` as an own data property, so a `__proto__` key stays data and never becomes the prototype. */
function define(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

/**
 * A copy of a JSON-like value with secret-looking fields and known secrets scrubbed. Total:
 * past MAX_DEPTH the structure is elided, so no depth lets data through unredacted (and a
 * deeply nested body cannot overflow the stack of JSON.stringify or inspect).
 */
export function redactValue(value: unknown, secrets: SecretScrubber = NO_SECRETS, depth = 0): unknown {
  if (typeof value === 'string') return redactText(value, secrets);
  if (value === null || typeof value !== 'object') return value;
  if (depth >= MAX_DEPTH) return ELIDED;
  if (Array.isArray(value)) return value.map((v) => redactValue(v, secrets, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    define(out, redactText(k, secrets), SENSITIVE_KEYS.has(k.toLowerCase()) ? REDACTED : redactValue(v, secrets, depth + 1));
  }
  return out;
}
