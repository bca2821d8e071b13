/**
 * The manifest as one send-phishing run uses it: what it says of an email at this run's
 * destination, and the recording of each step. Without a destination (a dry run against
 * --simulator) it knows nothing; without a writer (a dry run) it records nothing.
 */
import { isoTime, manifestKey, type Destination, type LoadedManifest, type ManifestStatus, type ManifestWriter } from './manifest.js';

export type Prior =
  /** Never sent there, or refused for sure: send. */
  | { kind: 'none' }
  | { kind: 'sent'; alertId: string }
  /** It may be there (a send whose outcome is unknown, or a line of the old format): ask the service first. */
  | { kind: 'check'; alertId: string };

export class Ledger {
  readonly #loaded: LoadedManifest;
  readonly #writer: ManifestWriter | undefined;
  readonly #dest: Destination | undefined;

  constructor(loaded: LoadedManifest, writer: ManifestWriter | undefined, dest: Destination | undefined) {
    this.#loaded = loaded;
    this.#writer = writer;
    this.#dest = dest;
  }

  prior(sha256: string): Prior {
    if (!this.#dest) return { kind: 'none' };
    const entry = this.#loaded.entries.get(manifestKey(this.#dest, sha256));
    if (entry?.status === 'sent') return { kind: 'sent', alertId: entry.alert_id! };
    // A phishing alert is named by the SHA-256 of its email.
    if (entry?.status === 'sending' || entry?.status === 'unknown') return { kind: 'check', alertId: sha256 };
    if (entry?.status === 'failed') return { kind: 'none' };
    const old = this.#loaded.legacy.get(sha256);
    return old ? { kind: 'check', alertId: old.alert_id } : { kind: 'none' };
  }

  async record(sha256: string, file: string, status: ManifestStatus, more: { alert_id?: string; error?: string } = {}): Promise<void> {
    if (!this.#writer || !this.#dest) return;
    const entry = { api_root: this.#dest.apiRoot, environment: this.#dest.environment, sha256, status, ...more, file, at: isoTime() };
    this.#loaded.entries.set(manifestKey(this.#dest, sha256), entry);
    await this.#writer.append(entry);
  }

  async close(): Promise<void> {
    await this.#writer?.close();
  }
}
