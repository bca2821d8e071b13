/**
 * Credentials must never reach an error, a log line or a snapshot. Everything that copies
 * request or response material into an error passes through here.
 */
const SENSITIVE_HEADERS = new Set(['authorization', 'proxy-authorization', 'cookie', 'set-cookie']);
const SENSITIVE_KEYS = new Set(['api_key', 'apikey', 'access_token', 'token', 'authorization', 'password', 'zip_password']);

/** Secrets registered by live clients (API keys, tokens), scrubbed from any text we surface. */
const liveSecrets = new Set<string>();

/** `minLength`: very short strings would scrub innocent text; tokens from the service are long. */
export function registerSecret(secret: string | undefined, minLength = 8): void {
  if (secret && secret.length >= minLength) liveSecrets.add(secret);
}

export function redactText(text: string): string {
  let out = text;
  for (const s of liveSecrets) if (out.includes(s)) out = out.split(s).join('[REDACTED]');
  return out.replace(/Bearer\s+[A-Za-z0-9._~+/=-]+/g, 'Bearer [REDACTED]');
}

export function redactHeaders(headers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) {
    out[k] = SENSITIVE_HEADERS.has(k.toLowerCase()) ? '[REDACTED]' : redactText(v);
  }
  return out;
}

/** Deep copy of a JSON-like value with secret-looking fields and live secrets scrubbed. */
export function redactValue(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return redactText(value);
  if (value === null || typeof value !== 'object' || depth > 20) return value;
  if (Array.isArray(value)) return value.map((v) => redactValue(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    out[k] = SENSITIVE_KEYS.has(k.toLowerCase()) ? '[REDACTED]' : redactValue(v, depth + 1);
  }
  return out;
}
