/** send_alert (only with --allow-write): an EDR / SIEM / SOAR alert sent for triage through Alert.send. */
import { z } from 'zod';
import { Alert, AlertAlreadyExistsError } from '../../index.js';
import { ANNOTATIONS, VERDICTS_EXPLAINED, guard, signalOf, waitSeconds, type ToolDefinition } from '../kit.js';
import { alertOutput } from '../schemas.js';
import { sentAlertAnswer } from './alert-write.js';

export const sendAlert: ToolDefinition = {
  name: 'send_alert',
  kind: 'write',
  register(server, client) {
    server.registerTool(
      'send_alert',
      {
        title: 'Send an alert for triage',
        description:
          'Submit an alert from a security product (an EDR detection, a SIEM incident, a SOAR case) to Intezer for triage, and answer ' +
          'as get_alert does. raw_alert is the alert object as the product produced it; source names the product (s1 SentinelOne, ' +
          'cs CrowdStrike, microsoft_sentinel, splunk_siem, xsoar, …); alert_mapping tells how to read its fields (sources with a ' +
          'built-in mapping need none). Triage takes a while: with wait_seconds it waits, bounded (at most 600 s); otherwise, or ' +
          'when the wait runs out, it answers status in_progress. Sending the same alert again answers the alert the service already holds. ' +
          VERDICTS_EXPLAINED,
        inputSchema: z.strictObject({
          raw_alert: z.record(z.string(), z.unknown()).describe('The alert object as the source product produced it'),
          source: z.string().min(1).max(100).describe('The source product: s1, cs, microsoft_sentinel, splunk_siem, xsoar, …'),
          alert_mapping: z.record(z.string(), z.unknown()).optional().describe("How to read the raw alert's fields (definition_mapping)"),
          environment: z.string().min(1).max(200).optional().describe('The environment to file the alert under'),
          wait_seconds: waitSeconds,
        }),
        outputSchema: alertOutput,
        annotations: ANNOTATIONS.write,
      },
      (args, ctx) =>
        guard(client, async () => {
          const signal = signalOf(ctx);
          let alertId: string;
          let note = 'Sent.';
          try {
            const sent = await Alert.send({
              rawAlert: args.raw_alert,
              source: args.source,
              client,
              ...(args.alert_mapping !== undefined && { alertMapping: args.alert_mapping }),
              ...(args.environment !== undefined && { environment: args.environment }),
              ...signal,
            });
            alertId = sent.alertId;
          } catch (err) {
            // 409: the service already holds this alert; answer it as it stands, as the CLI does.
            if (!(err instanceof AlertAlreadyExistsError) || err.alertId === '') throw err;
            alertId = err.alertId;
            note = 'Already sent: the service holds this alert.';
          }
          return sentAlertAnswer(client, alertId, { environment: args.environment, waitSeconds: args.wait_seconds, ...signal, ctx }, note);
        }),
    );
  },
};
