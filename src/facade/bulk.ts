/** Many alerts by id in one request. */
import type { IntezerClient } from '../client/client.js';
import { getAlertsByIds, type AlertRecord } from '../client/endpoints.js';
import { resolveClient } from '../client/global.js';
import { stringList } from './checks.js';

export async function getAlertsByAlertIds(
  alertIds: string[],
  options: { environments?: string[]; signal?: AbortSignal; client?: IntezerClient } = {},
): Promise<{ count: number; alerts: AlertRecord[] }> {
  const ids = stringList('alertIds', alertIds, false);
  const environments = options.environments === undefined ? undefined : stringList('environments', options.environments, true);
  const client = resolveClient(options.client);
  const result = await getAlertsByIds(client, ids, environments, options.signal ? { signal: options.signal } : {});
  return { count: result.alerts_count, alerts: result.alerts };
}
