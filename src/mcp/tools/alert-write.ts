/** send_phishing_email and notify_alert: calls that add something at the service (only with --allow-write). */
import { z } from 'zod';
import type { CallToolResult } from '@modelcontextprotocol/server';
import { Alert, InvalidArgumentError, type IntezerClient } from '../../index.js';
import { ANNOTATIONS, VERDICTS_EXPLAINED, alertId, environment, guard, scrubberOf, settledAlert, signalOf, waitSeconds, type ToolDefinition } from '../kit.js';
import { success } from '../result.js';
import { alertOutput } from '../schemas.js';
import { alertFields, alertSummary } from '../shape.js';

/** The largest email accepted, as the SDK's own bound on an email. */
const MAX_EMAIL_BYTES = 64 * 1024 * 1024;
/** Checked once line breaks are taken out: a pattern allowing them on both sides of the padding backtracks quadratically on a run of them. */
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** The email's bytes from exactly one of eml_base64 / eml_text; refused before anything is sent. */
function emailBytes(args: { eml_base64?: string | undefined; eml_text?: string | undefined }): Uint8Array {
  if ((args.eml_base64 === undefined) === (args.eml_text === undefined)) throw new InvalidArgumentError('Give exactly one of eml_base64 or eml_text');
  let bytes: Buffer;
  if (args.eml_base64 !== undefined) {
    if (!BASE64.test(args.eml_base64.replace(/[\r\n]/g, ''))) throw new InvalidArgumentError('eml_base64 is not base64 (standard alphabet, optional padding)');
    bytes = Buffer.from(args.eml_base64, 'base64');
  } else {
    bytes = Buffer.from(args.eml_text ?? '', 'utf8');
  }
  if (bytes.byteLength === 0) throw new InvalidArgumentError('The email is empty');
  if (bytes.byteLength > MAX_EMAIL_BYTES) throw new InvalidArgumentError('The email is larger than 64 MiB');
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

export const sendPhishingEmail: ToolDefinition = {
  name: 'send_phishing_email',
  kind: 'write',
  register(server, client) {
    server.registerTool(
      'send_phishing_email',
      {
        title: 'Send a phishing email for triage',
        description:
          'Submit a reported email (.eml) to Intezer for triage and answer as get_alert does. Give exactly one of eml_base64 (the ' +
          'file, base64) or eml_text (the .eml text, sent as its UTF-8 bytes). The alert id is the SHA-256 of the bytes, so the same ' +
          'email names the same alert. Triage takes a while: with wait_seconds it waits, bounded (at most 600 s); otherwise, or when ' +
          'the wait runs out, it answers status in_progress and get_alert reads the verdict later. ' +
          VERDICTS_EXPLAINED,
        inputSchema: z.strictObject({
          eml_base64: z.string().min(1).optional().describe('The email file, base64-encoded'),
          eml_text: z.string().min(1).optional().describe('The email as .eml text (headers, blank line, body)'),
          environment: z.string().min(1).max(200).optional().describe('The environment to file the alert under (default: the account default)'),
          wait_seconds: waitSeconds,
        }),
        outputSchema: alertOutput,
        annotations: ANNOTATIONS.write,
      },
      (args, ctx) =>
        guard(client, async () => {
          const signal = signalOf(ctx);
          const rawEmail = emailBytes(args);
          const sent = await Alert.sendPhishingEmail({ rawEmail, client, ...(args.environment !== undefined && { environment: args.environment }), ...signal });
          return sentAlertAnswer(client, sent.alertId, { environment: args.environment, waitSeconds: args.wait_seconds, ...signal, ctx }, 'Sent.');
        }),
    );
  },
};

/** What both send tools answer: the sent alert after one status check (and the bounded wait), as get_alert answers, after `note`. */
export async function sentAlertAnswer(
  client: IntezerClient,
  alertId: string,
  options: Parameters<typeof settledAlert>[2],
  note: string,
): Promise<CallToolResult> {
  const alert = await settledAlert(client, alertId, options);
  const fields = alertFields(alert.result(), alert.alertId, alert.status ?? 'in_progress', scrubberOf(client));
  return success({ ...fields }, `${note} ${alertSummary(fields)}`);
}

export const notifyAlert: ToolDefinition = {
  name: 'notify_alert',
  kind: 'write',
  register(server, client) {
    server.registerTool(
      'notify_alert',
      {
        title: "Notify an alert's channels",
        description:
          "Send the alert's triage result to the notification channels the account has set up (email, Slack, …); answers the " +
          'channels notified. Only for an alert whose triage finished (check with get_alert first). Each call notifies again.',
        inputSchema: z.strictObject({ alert_id: alertId, environment }),
        outputSchema: z.object({ notified_channels: z.array(z.string()) }),
        annotations: ANNOTATIONS.write,
      },
      (args, ctx) =>
        guard(client, async () => {
          const alert = new Alert({ alertId: args.alert_id, client, ...(args.environment !== undefined && { environment: args.environment }) });
          const channels = await alert.notify(signalOf(ctx));
          const text =
            channels.length === 0 ? `Alert ${alert.alertId}: notified, no channel reported.` : `Alert ${alert.alertId}: notified ${channels.join(', ')}.`;
          return success({ notified_channels: channels }, text);
        }),
    );
  },
};
