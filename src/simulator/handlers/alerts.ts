/** The per-alert calls: get-by-id, get-by-ids, raw-data, notify, delete. */
import type { Call } from '../call.js';
import type { SimState } from '../sim-state.js';
import { fail, isReply, ok, type Reply } from '../reply.js';
import { alertWire } from '../alert-wire.js';
import { alertStatus, isFinished } from '../render.js';
import type { SimAlert } from '../types.js';

const NOT_FOUND = 'Alert not found';
const AMBIGUOUS = 'Alert exists in multiple environments, please specify an environment';

/** The one alert a call names, or the 404/409 answer. */
function pickAlert(state: SimState, alertId: string, environment: string | undefined, tenantId: string | undefined): SimAlert | Reply {
  const found = state.store.visible(alertId, tenantId).filter((a) => environment === undefined || a.environment === environment);
  if (found.length === 0) return fail(404, NOT_FOUND);
  if (found.length > 1) return fail(409, AMBIGUOUS);
  return found[0]!;
}

export function getAlertById(call: Call<'GET', '/alerts/get-by-id'>): Reply {
  const { alert_id, environment, tenant_id } = call.body;
  const alert = pickAlert(call.state, alert_id, environment, tenant_id);
  if (isReply(alert)) return alert;
  return ok({ result: alertWire(alert, call.now, call.state.clock.render), status: alertStatus(alert, call.now) });
}

export function getAlertsByIds(call: Call<'GET', '/alerts/search'>): Reply {
  const { alert_ids, environments, tenant_id } = call.body;
  const seen = new Set<SimAlert>();
  for (const id of alert_ids) {
    for (const a of call.state.store.visible(id, tenant_id)) {
      if (!environments || environments.includes(a.environment)) seen.add(a);
    }
  }
  const alerts = [...seen].map((a) => alertWire(a, call.now, call.state.clock.render));
  return ok({ result: { alerts_count: alerts.length, alerts } });
}

export function getRawData(call: Call<'GET', '/alerts/{alert_id}/raw-data'>): Reply {
  const { environment, raw_data_type, tenant_id } = call.body;
  if (raw_data_type !== 'raw_alert') return fail(400, 'Bad Request', { raw_data_type: 'Unsupported raw data type.' });
  const alert = pickAlert(call.state, call.params.alert_id, environment, tenant_id);
  if (isReply(alert)) return alert;
  if ((alert.rawDataForm ?? call.state.rawDataForm) === 'inline') return ok({ result: alert.rawData });
  const link = call.state.blobs.link(alert.rawData, call.now);
  return ok({ result_url: `${call.state.origin}${link}`, metadata: { environment: alert.environment, raw_data_type } });
}

/** Only a finished alert can be notified; one still in triage answers 409. */
export function notifyAlert(call: Call<'POST', '/alerts/{alert_id}/notify'>): Reply {
  const { environment, tenant_id } = call.body ?? {};
  const alert = pickAlert(call.state, call.params.alert_id, environment, tenant_id);
  if (isReply(alert)) return alert;
  if (!isFinished(alert, call.now)) return fail(409, 'Alert triage is still in progress; notify once it finished');
  return ok(alert.notifyChannels ? { notified_channels: alert.notifyChannels } : {});
}

/** Deleting is asynchronous: the alert goes once its operation finished (`operationMs`). The body names no tenant, so every tenant's alert of that id and environment goes. */
export function deleteAlert(call: Call<'DELETE', '/alerts/{alert_id}'>): Reply {
  const { environment } = call.body;
  const alertId = call.params.alert_id;
  if (!call.state.store.withId(alertId).some((a) => a.environment === environment)) return fail(404, NOT_FOUND);
  const op = call.state.store.startDelete(alertId, environment, call.now + call.state.config.operationMs);
  return ok({ result_url: op.path });
}
