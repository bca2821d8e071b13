/** The process-wide default client used by facade calls that are given none. */
import { IntezerClient, isIntezerClient } from './client.js';
import { GlobalApiNotInitializedError } from './errors.js';
import type { IntezerClientOptions } from './options.js';

let globalClient: IntezerClient | undefined;

/**
 * Sets (and returns) the global client: from an API key, options, or a client. Without an
 * argument, the key comes from INTEZER_ANALYZE_API_KEY. The client it replaces is not closed:
 * the objects made through it (alerts, analyses, operations, history results) keep it; its
 * idle connections do not hold the process, and close() on it ends them at once.
 */
export function setGlobalApi(apiKeyOrOptions?: string | IntezerClientOptions | IntezerClient): IntezerClient {
  const client = isIntezerClient(apiKeyOrOptions)
    ? apiKeyOrOptions
    : new IntezerClient(typeof apiKeyOrOptions === 'string' ? { apiKey: apiKeyOrOptions } : apiKeyOrOptions);
  globalClient = client;
  return client;
}

/** The global client; throws GlobalApiNotInitializedError when none was set. */
export function getGlobalApi(): IntezerClient {
  if (!globalClient) throw new GlobalApiNotInitializedError();
  return globalClient;
}

/** The global client, or undefined when none is set (objects bind it when they are made). */
export function currentGlobalApi(): IntezerClient | undefined {
  return globalClient;
}

/** The given client, else the global one. */
export function resolveClient(client?: IntezerClient): IntezerClient {
  return client ?? getGlobalApi();
}

/** Closes and forgets the global client (tests, apps ending); objects bound to it then throw ClientClosedError. */
export function resetGlobalApi(): void {
  globalClient?.close();
  globalClient = undefined;
}
