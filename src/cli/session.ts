/**
 * What every command shares: the global options, a client built from them on first use
 * (so --dry-run needs no key), and the embedded simulator of --simulator. `close()` ends
 * both.
 */
import { randomUUID } from 'node:crypto';
import { IntezerClient, SDK_VERSION, type IntezerClientOptions } from '../index.js';
import { addSecret } from './lib/describe-error.js';
import { sdkLogOptions, withSdkLog } from './lib/sdk-log.js';
import { UsageError } from './lib/usage-error.js';

export interface GlobalOptions {
  apiKey?: string;
  baseUrl?: string;
  proxy?: string;
  insecure?: boolean;
  /** Per HTTP request, ms. */
  timeout?: number;
  maxRetries?: number;
  pollInterval?: number;
  simulator?: boolean;
  verbose?: boolean;
}

interface RunningSimulator {
  baseUrl: string;
  apiKey: string;
  close(): Promise<void>;
}

/** Alerts the --simulator starts with. */
const SIMULATOR_SEED = 40;

function env(name: string): string | undefined {
  const v = process.env[name];
  return v === undefined || v.trim() === '' ? undefined : v;
}

export class Session {
  readonly options: GlobalOptions;
  readonly #stderr: NodeJS.WriteStream;
  #client: Promise<IntezerClient> | undefined;
  #built: IntezerClientOptions | undefined;
  #simulator: Promise<RunningSimulator> | undefined;

  constructor(options: GlobalOptions, stderr: NodeJS.WriteStream = process.stderr) {
    this.options = options;
    this.#stderr = stderr;
    addSecret(options.apiKey);
    addSecret(env('INTEZER_ANALYZE_API_KEY'));
  }

  /** The client; the first call builds it (and starts the simulator if asked). */
  client(): Promise<IntezerClient> {
    this.#client ??= this.#build();
    return this.#client;
  }

  /**
   * The API root requests would go to, without needing a key or starting anything (for a dry
   * run): the SDK's own resolution of the options. Undefined for --simulator, whose address
   * exists only once it runs.
   */
  plannedApiRoot(): string | undefined {
    if (this.options.simulator) return undefined;
    // A throwaway key: the client resolves its options at construction and sends nothing.
    const probe = new IntezerClient({ ...this.#config(), apiKey: randomUUID() });
    probe.close();
    return probe.config.apiRoot;
  }

  #config(): IntezerClientOptions {
    const o = this.options;
    const config: IntezerClientOptions = { userAgent: `intezer-alerts-cli/${SDK_VERSION}` };
    // Without --base-url the SDK falls back to INTEZER_ANALYZE_BASE_URL itself.
    if (o.baseUrl !== undefined) config.baseUrl = o.baseUrl;
    if (o.proxy !== undefined) config.proxy = o.proxy;
    if (o.insecure) config.verifySsl = false;
    if (o.timeout !== undefined) config.timeoutMs = o.timeout;
    if (o.maxRetries !== undefined) config.maxRetries = o.maxRetries;
    if (o.pollInterval !== undefined) config.pollIntervalMs = o.pollInterval;
    return withSdkLog(config, sdkLogOptions(o.verbose ?? false, this.#stderr));
  }

  async #build(): Promise<IntezerClient> {
    const config = this.#config();
    if (this.options.simulator) {
      const sim = await this.#startSimulator();
      config.apiKey = sim.apiKey;
      config.baseUrl = sim.baseUrl;
    } else {
      const apiKey = this.options.apiKey ?? env('INTEZER_ANALYZE_API_KEY');
      if (apiKey === undefined || apiKey.trim() === '') throw new UsageError('no API key: pass --api-key or set INTEZER_ANALYZE_API_KEY (or use --simulator)');
      config.apiKey = apiKey;
    }
    this.#built = config;
    return new IntezerClient(config);
  }

  /**
   * A client like `client()`'s that makes one attempt per request (no retries): a batch sends
   * its first request through it, so a service that cannot be reached is known at once, not
   * after the retries' backoff. The caller closes it.
   */
  async probeClient(): Promise<IntezerClient> {
    await this.client();
    return new IntezerClient({ ...this.#built!, maxRetries: 0 });
  }

  #startSimulator(): Promise<RunningSimulator> {
    this.#simulator ??= (async () => {
      // Loaded only when asked for: scripts talking to the real service never load it.
      const { startSimulator } = await import('../simulator/index.js');
      const sim = await startSimulator({ seed: SIMULATOR_SEED });
      this.#stderr.write(`intezer-alerts: using the embedded simulator at ${sim.baseUrl} (${SIMULATOR_SEED} seeded alerts)\n`);
      return sim;
    })();
    return this.#simulator;
  }

  async close(): Promise<void> {
    const client = await this.#client?.catch(() => undefined);
    client?.close();
    const sim = await this.#simulator?.catch(() => undefined);
    await sim?.close();
  }
}
