/**
 * `POST /alerts/ingest`: any other alert (EDR, SIEM, SOAR) as JSON becomes an alert with an id
 * the simulator assigns, triaged like an email (from the raw alert's text and `default_verdict`).
 *
 * The mapping (`definition_mapping`): field name → dotted path into the raw alert (or an object
 * of such). Every path it names, and every `display_fields` entry, must exist in the raw alert
 * (else 400). Sources the simulator knows have a built-in mapping (DEFAULT_MAPPING, paths that
 * may be absent); an unknown source needs one. The mapped `hostname`, `private_ip`,
 * `external_ip`, `device_id` and `username` make the alert's device (what history search
 * filters on).
 *
 * "The same alert" (409): the same `alert_source`, environment and raw alert content (JSON with
 * keys sorted), while the first one is still held (a deleted alert may be sent again).
 */
import { createHash } from 'node:crypto';
import type { Call } from '../call.js';
import { badRequest, fail, ok, type Reply } from '../reply.js';
import { buildAlert, defaultDevice, SOURCE_SENDERS } from '../factory.js';
import { buildContext } from '../sim-state.js';
import { triageText } from '../triage.js';
import type { DeviceInfo } from '../types.js';

/** Where the built-in mapping looks (absent paths are fine there). */
const DEFAULT_MAPPING: Record<string, string> = {
  hostname: 'device.hostname',
  private_ip: 'device.private_ip',
  external_ip: 'device.external_ip',
  device_id: 'device.device_id',
  username: 'device.username',
};

const BUILT_IN = new Set(Object.keys(SOURCE_SENDERS).filter((s) => s !== 'phishing_emails'));

/** The value at a dotted path (`a.b.0.c`), or undefined. */
function at(obj: unknown, path: string): unknown {
  let node = obj;
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object' || !Object.prototype.hasOwnProperty.call(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** Each problem of a mapping, by its dotted name: a value that is no path, or a path the alert lacks. */
function mappingProblems(mapping: Record<string, unknown>, alert: unknown, prefix = 'definition_mapping'): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, path] of Object.entries(mapping)) {
    const name = `${prefix}.${key}`;
    if (path !== null && typeof path === 'object' && !Array.isArray(path)) Object.assign(out, mappingProblems(path as Record<string, unknown>, alert, name));
    else if (typeof path !== 'string' || path.trim() === '') out[name] = 'Must be a field path of the alert (a non-empty string).';
    else if (at(alert, path) === undefined) out[name] = `The alert has no field "${path}".`;
  }
  return out;
}

/** JSON with object keys sorted: two raw alerts are the same alert when their canonical texts are equal. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v !== null && typeof v === 'object') {
    const entries = Object.keys(v as object)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(v);
}

const text = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : undefined);

function deviceOf(alert: unknown, mapping: Record<string, unknown>, alertId: string): DeviceInfo {
  const field = (name: string) => {
    const path = mapping[name] ?? DEFAULT_MAPPING[name];
    return typeof path === 'string' ? text(at(alert, path)) : undefined;
  };
  const base = defaultDevice(alertId);
  const device: DeviceInfo = { hostname: field('hostname') ?? base.hostname, osType: 'windows' };
  const optional: [keyof DeviceInfo, string][] = [
    ['privateIp', 'private_ip'],
    ['externalIp', 'external_ip'],
    ['deviceId', 'device_id'],
    ['username', 'username'],
  ];
  for (const [key, name] of optional) {
    const v = field(name);
    if (v !== undefined) device[key] = v;
  }
  return device;
}

export function ingestJson({ body, now, state }: Call<'POST', '/alerts/ingest'>): Reply {
  const { alert: raw, alert_source: source, definition_mapping: mapping, display_fields: displayFields } = body;
  if (Object.keys(raw).length === 0) return badRequest({ alert: 'The alert is empty.' });
  if (source.trim() === '') return badRequest({ alert_source: 'Missing data for required field.' });
  if (source === 'phishing_emails') return badRequest({ alert_source: 'Phishing emails are sent to /alerts/ingest/binary.' });
  if (mapping === undefined && !BUILT_IN.has(source)) {
    return fail(400, 'Invalid alert mapping', { definition_mapping: `Source "${source}" has no built-in mapping: send a definition_mapping.` });
  }
  const problems = mapping ? mappingProblems(mapping, raw) : {};
  displayFields?.forEach((f, i) => {
    if (at(raw, f) === undefined) problems[`display_fields.${i}`] = `The alert has no field "${f}".`;
  });
  if (Object.keys(problems).length) return fail(400, 'Invalid alert mapping', problems);

  const environment = body.environment ?? 'production';
  const key = createHash('sha256')
    .update(`${source}\u0000${environment}\u0000${canonical(raw)}`)
    .digest('hex');
  const held = state.store.heldIngest(key);
  if (held !== undefined) return { status: 409, body: { error: 'Alert already exists', alert_id: held } };

  const content = JSON.stringify(raw);
  const alertId = createHash('sha256').update(`ingest:${key}:${now}:${Math.random()}`).digest('hex').slice(0, 32);
  const alert = buildAlert(
    {
      alertId,
      environment,
      source,
      sender: body.alert_sender ?? SOURCE_SENDERS[source] ?? null,
      device: deviceOf(raw, mapping ?? {}, alertId),
      content,
      triage: triageText(content, body.default_verdict),
      triageMs: state.config.triageMs,
      rawData: raw,
    },
    buildContext(state, now),
  );
  state.store.holdIngest(key, alert.alertId);
  return ok({ result: true, alert_id: alert.alertId });
}
