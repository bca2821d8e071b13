/**
 * The access token: fetched on first use, renewed `renewWindowMs` before it expires, and
 * renewed at once when a call answers 401. Single-flight: however many calls find the token
 * stale at the same time, one token request is made and they all wait for it.
 */
export interface IssuedToken {
  token: string;
  /** Epoch milliseconds. */
  expiresAt: number;
}

export class TokenManager {
  private current: IssuedToken | undefined;
  private inflight: Promise<string> | undefined;

  constructor(
    private readonly exchange: () => Promise<IssuedToken>,
    private readonly renewWindowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** The current token when it is valid for at least the renewal window (no await needed). */
  valid(): string | undefined {
    const t = this.current;
    return t && this.now() < t.expiresAt - this.renewWindowMs ? t.token : undefined;
  }

  /** A token valid for at least the renewal window. */
  get(): Promise<string> {
    const token = this.valid();
    return token === undefined ? this.renew() : Promise.resolve(token);
  }

  /** Drop `used` after a 401; a token renewed meanwhile by another call is kept. */
  invalidate(used: string): void {
    if (this.current?.token === used) this.current = undefined;
  }

  /** Forget the current token (the client closes); the next call fetches a new one. */
  reset(): void {
    this.current = undefined;
  }

  private renew(): Promise<string> {
    this.inflight ??= this.exchange()
      .then((issued) => {
        this.current = issued;
        return issued.token;
      })
      .finally(() => {
        this.inflight = undefined;
      });
    return this.inflight;
  }
}
