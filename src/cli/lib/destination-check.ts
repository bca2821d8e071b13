/**
 * Asking the service whether an email reached this run's destination: the alert named by the
 * email's SHA-256, looked up IN THE DESTINATION ENVIRONMENT. With --environment that is the
 * one given. Without it the destination is the account's default environment, whose name the
 * service does not tell; a lookup without an environment would find a copy sent to another
 * environment and wrongly count it. So the default's name is learnt from an alert known to
 * have been sent there (this run's sends, then the manifest's), and the lookup names it.
 * With no such witness yet, the lookup names no environment (a 409, several copies, stays
 * undecided).
 */
import { Alert, AlertConflictError, AlertNotFoundError, type IntezerClient } from '../../index.js';
import { isFatal } from './exit-codes.js';

/** Alerts tried when learning the default environment's name. */
const PROBES = 5;

export type CheckAnswer = Alert | null | { error: unknown };

export class DestinationCheck {
  readonly #client: () => IntezerClient;
  readonly #environment: string | undefined;
  /** Ids of alerts sent to this destination (this run's first, as they come). */
  readonly #sentHere: string[] = [];
  readonly #known: () => readonly string[];
  #default: Promise<string | undefined> | undefined;

  constructor(client: () => IntezerClient, environment: string | undefined, knownSent: () => readonly string[]) {
    this.#client = client;
    this.#environment = environment;
    this.#known = knownSent;
  }

  /** An alert this run sent to the destination: a witness of the default environment's name. */
  sent(alertId: string): void {
    if (this.#environment === undefined && this.#sentHere.length < PROBES) this.#sentHere.push(alertId);
  }

  /** The alert of this id at the destination, null when it is not there, or why asking failed. */
  async check(alertId: string, signal?: AbortSignal): Promise<CheckAnswer> {
    try {
      const environment = this.#environment ?? (await this.#defaultEnvironment(signal));
      return await Alert.fromId(alertId, {
        client: this.#client(),
        raiseOnInProgress: false,
        ...(environment !== undefined && { environment }),
        ...(signal && { signal }),
      });
    } catch (err) {
      if (err instanceof AlertNotFoundError) return null;
      if (isFatal(err)) throw err;
      return { error: err };
    }
  }

  #defaultEnvironment(signal?: AbortSignal): Promise<string | undefined> {
    if (this.#default) return this.#default;
    const attempt = (async () => {
      const ids = [...new Set([...this.#sentHere, ...this.#known()])].slice(0, PROBES);
      for (const id of ids) {
        try {
          const alert = await Alert.fromId(id, { client: this.#client(), raiseOnInProgress: false, ...(signal && { signal }) });
          if (alert.environment !== undefined) return alert.environment;
        } catch (err) {
          if (isFatal(err)) throw err;
          if (!(err instanceof AlertNotFoundError || err instanceof AlertConflictError)) throw err;
        }
      }
      return undefined;
    })();
    // Only a learnt name is kept: with none yet, a later send may bring a witness.
    this.#default = attempt.then((name) => {
      if (name === undefined) this.#default = undefined;
      return name;
    });
    this.#default.catch(() => (this.#default = undefined));
    return this.#default;
  }
}
