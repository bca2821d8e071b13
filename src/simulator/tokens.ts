/** The registry of access tokens: issued for the API key, valid until their expiry or until all are expired. */
import { randomBytes } from 'node:crypto';

export class TokenRegistry {
  /** token → expiry, epoch ms */
  private readonly tokens = new Map<string, number>();

  constructor(private readonly ttlSec: number) {}

  /** A new token; `expireAt` is in whole epoch seconds and the token stops working then. */
  issue(now: number): { token: string; expireAt: number } {
    const token = `sim-${randomBytes(24).toString('base64url')}`;
    const expireAt = Math.floor((now + this.ttlSec * 1000) / 1000);
    this.tokens.set(token, expireAt * 1000);
    return { token, expireAt };
  }

  /** Is this Authorization header a bearer token that is still valid? */
  accepts(authorization: string | undefined, now: number): boolean {
    const m = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
    const expiry = m ? this.tokens.get(m[1]!) : undefined;
    return expiry !== undefined && now < expiry;
  }

  expireAll(): void {
    this.tokens.clear();
  }
}
