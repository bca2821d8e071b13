/** Many alerts by id in one request. */
import type { IntezerClient } from '../client/client.js';
import { getAlertsByIds } from '../client/endpoints.js';
import { resolveClient } from '../client/global.js';
import { CALL, checkOptions, WITH_CLIENT, type OptionSpec } from './call-options.js';
import { stringList } from './checks.js';
import type { AlertRecord } from './records.js';

export interface AlertsByIdsOptions {
  environments?: string[];
  signal?: AbortSignal;
  client?: IntezerClient;
}

const BY_IDS: OptionSpec<AlertsByIdsOptions> = { environments: 'strings', ...CALL, ...WITH_CLIENT };

export async function getAlertsByAlertIds(alertIds: string[], options: AlertsByIdsOptions = {}): Promise<{ count: number; alerts: AlertRecord[] }> {
  const ids = stringList('alertIds', alertIds, false);
  const { environments, signal, client } = checkOptions('getAlertsByAlertIds', options, BY_IDS);
  const result = await getAlertsByIds(resolveClient(client), ids, environments, signal ? { signal } : {});
  return { count: result.alerts_count, alerts: result.alerts };
}
