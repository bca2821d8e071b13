/** Many alerts by id in one request. */
import type { IntezerClient } from '../client/client.js';
import { getAlertsByIds } from '../client/endpoints.js';
import { resolveClient } from '../client/global.js';
import { CALL, checkOptions, WITH_CLIENT, type OptionSpec } from './call-options.js';
import { stringList } from './checks.js';
import type { AlertRecord } from './records.js';

/** The options of {@link getAlertsByAlertIds}. */
export interface AlertsByIdsOptions {
  /** Only alerts of these environments. */
  environments?: string[];
  /** Aborting it rejects the call with the signal's reason at once. */
  signal?: AbortSignal;
  /** The client to fetch with; default: the global one ({@link setGlobalApi}). */
  client?: IntezerClient;
}

const BY_IDS: OptionSpec<AlertsByIdsOptions> = { environments: 'strings', ...CALL, ...WITH_CLIENT };

/**
 * Many alerts by id in one request (`GET /alerts/search`): the service's count and the alert records it found.
 * @throws {@link InvalidArgumentError} for an empty or malformed id list or bad options (nothing sent).
 */
export async function getAlertsByAlertIds(
  alertIds: string[],
  options: AlertsByIdsOptions = {},
): Promise<{
  /** The service's `alerts_count`: how many of the ids it found. */
  count: number;
  /** The alerts found, as the service sent them. */
  alerts: AlertRecord[];
}> {
  const ids = stringList('alertIds', alertIds, false);
  const { environments, signal, client } = checkOptions('getAlertsByAlertIds', options, BY_IDS);
  const result = await getAlertsByIds(resolveClient(client), ids, environments, signal ? { signal } : {});
  return { count: result.alerts_count, alerts: result.alerts };
}
