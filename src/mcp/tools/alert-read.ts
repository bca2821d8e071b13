/** get_alert, get_alerts_by_ids and get_alert_raw_data: reading alerts the service holds. */
import { z } from 'zod';
import { getAlertsByAlertIds, Alert, type IntezerClient } from '../../index.js';
import { ANNOTATIONS, VERDICTS_EXPLAINED, alertId, environment, guard, scrubberOf, settledAlert, signalOf, waitSeconds, type ToolDefinition } from '../kit.js';
import { rawDataResult } from '../raw-data.js';
import { scrubValue } from '../scrub.js';
import { largestFitting, success } from '../result.js';
import { alertFields, alertLine, alertSummary, listedStatus, scanFields, type AlertFields } from '../shape.js';
import { alertOutput, listedAlertSchema } from '../schemas.js';

export const getAlert: ToolDefinition = {
  name: 'get_alert',
  kind: 'read',
  register(server, client: IntezerClient) {
    server.registerTool(
      'get_alert',
      {
        title: 'Get an alert',
        description:
          "Read one alert's triage: status, verdict, risk, family, source, sender and its link on the Intezer console. Use it when you " +
          'have an alert id (from search_alerts or a send tool). With wait_seconds it waits, bounded (at most 600 s), for triage to ' +
          'finish; when the wait runs out it answers status in_progress with the fields known so far, which is not an error. ' +
          'include_scans adds the file, URL, endpoint and artifact scans behind the verdict. ' +
          VERDICTS_EXPLAINED,
        inputSchema: z.strictObject({
          alert_id: alertId,
          environment,
          wait_seconds: waitSeconds,
          include_scans: z.boolean().optional().describe('Also load the scans (analyses) behind the verdict; default false'),
        }),
        outputSchema: alertOutput,
        annotations: ANNOTATIONS.read,
      },
      (args, ctx) =>
        guard(client, async () => {
          const signal = signalOf(ctx);
          const alert = await settledAlert(client, args.alert_id, { environment: args.environment, waitSeconds: args.wait_seconds, ...signal, ctx });
          const record = alert.result();
          const fields: AlertFields = alertFields(record, alert.alertId, alert.status ?? 'in_progress', scrubberOf(client));
          if (args.include_scans) {
            const loaded = alert.status === 'finished' ? await alert.fetchScans(signal) : [];
            fields.scans = scanFields(record, loaded);
          }
          return success({ ...fields }, alertSummary(fields));
        }),
    );
  },
};

export const getAlertsByIds: ToolDefinition = {
  name: 'get_alerts_by_ids',
  kind: 'read',
  register(server, client) {
    server.registerTool(
      'get_alerts_by_ids',
      {
        title: 'Get several alerts by id',
        description:
          'Read up to 100 alerts at once by their ids, each with the fields get_alert answers (no scans). Use it instead of calling ' +
          'get_alert in a loop. Ids the service does not hold are simply absent. When the answer would be too large, fewer alerts ' +
          'come back and omitted_alert_ids names the rest: ask for them in another call. ' +
          VERDICTS_EXPLAINED,
        inputSchema: z.strictObject({
          alert_ids: z.array(alertId).min(1).max(100).describe('1 to 100 alert ids'),
          environments: z.array(z.string().min(1)).max(100).optional().describe('Only alerts of these environments'),
        }),
        outputSchema: z.object({ count: z.number(), alerts: z.array(listedAlertSchema), omitted_alert_ids: z.array(z.string()).optional() }),
        annotations: ANNOTATIONS.read,
      },
      (args, ctx) =>
        guard(client, async () => {
          const found = await getAlertsByAlertIds(args.alert_ids, { client, ...(args.environments && { environments: args.environments }), ...signalOf(ctx) });
          const alerts = found.alerts.map((r) => alertFields(r, String(r.alert_id ?? ''), listedStatus(r), scrubberOf(client)));
          const build = (n: number) => {
            const shown = alerts.slice(0, n);
            const omitted = alerts.slice(n).map((a) => a.alert_id);
            const structured = { count: found.count, alerts: shown, ...(omitted.length > 0 && { omitted_alert_ids: omitted }) };
            const head = `${found.count} alert(s) found for ${args.alert_ids.length} id(s)${omitted.length > 0 ? `; ${omitted.length} left out for size (see omitted_alert_ids)` : ''}.`;
            return { structured, text: [head, ...shown.map(alertLine)].join('\n') };
          };
          const r = build(largestFitting(alerts.length, build));
          return success(r.structured, r.text);
        }),
    );
  },
};

export const getAlertRawData: ToolDefinition = {
  name: 'get_alert_raw_data',
  kind: 'read',
  register(server, client) {
    server.registerTool(
      'get_alert_raw_data',
      {
        title: "Get an alert's raw data",
        description:
          'Read the raw alert as the source product sent it (the EDR detection, the SIEM event, the email), for details triage does ' +
          'not summarise. The payload can be large: past the size limit raw_data is the first part of its JSON text and truncated ' +
          'is true. raw_data_type defaults to raw_alert.',
        inputSchema: z.strictObject({
          alert_id: alertId,
          environment,
          raw_data_type: z.string().min(1).max(100).optional().describe('Which raw data; default raw_alert'),
        }),
        outputSchema: z.object({ raw_data: z.unknown(), truncated: z.boolean() }),
        annotations: ANNOTATIONS.read,
      },
      (args, ctx) =>
        guard(client, async () => {
          const signal = signalOf(ctx);
          // The raw data needs the alert's environment: one status check learns it when not given.
          const alert =
            args.environment === undefined
              ? await Alert.fromId(args.alert_id, { client, raiseOnInProgress: false, ...signal })
              : new Alert({ alertId: args.alert_id, environment: args.environment, client });
          const payload = await alert.downloadRawData({ ...(args.raw_data_type !== undefined && { rawDataType: args.raw_data_type }), ...signal });
          // Scrubbed before it is cut: a cut through the API key would leave a part no scrub finds.
          const text = payload instanceof Uint8Array ? Buffer.from(payload.buffer, payload.byteOffset, payload.byteLength).toString('utf8') : payload;
          return rawDataResult(alert.alertId, args.raw_data_type ?? 'raw_alert', scrubValue(text, scrubberOf(client)));
        }),
    );
  },
};
