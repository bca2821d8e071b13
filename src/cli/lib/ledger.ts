/**
 * The manifest as one send-phishing run uses it: what it says of an email at this run's
 * destination, and the recording of each step. When the manifest has unreadable lines, any
 * email it does not show as sent is checked with the service before it is sent. Without a destination (a dry run against
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
    const old = this.#loaded.legacy.get(sha256);
    if (!entry && old) return { kind: 'check', alertId: old.alert_id };
    // An unreadable line (torn, or NULs after a power loss) may have been this email's "sending": ask first.
    if (this.#loaded.badLines.length) return { kind: 'check', alertId: sha256 };
    return { kind: 'none' };
  }

  /** Alert ids the manifest shows as sent to this destination (witnesses of its environment). */
  sentIds(): string[] {
    if (!this.#dest) return [];
    const ids: string[] = [];
    for (const e of this.#loaded.entries.values()) {
      if (e.status === 'sent' && e.api_root === this.#dest.apiRoot && e.environment === this.#dest.environment) ids.push(e.alert_id!);
    }
    return ids;
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
