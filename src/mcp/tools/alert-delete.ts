/** delete_alert (only with --allow-delete): the deletion is an operation, waited for within a bound. */
import { z } from 'zod';
import { Alert, WaitTimeoutError } from '../../index.js';
import { ANNOTATIONS, alertId, environment, guard, signalOf, type ToolDefinition } from '../kit.js';
import { success } from '../result.js';

/** How long the deletion's operation is waited for before its status is answered as it stands. */
const DELETE_WAIT_MS = 60_000;

export const deleteAlert: ToolDefinition = {
  name: 'delete_alert',
  kind: 'delete',
  register(server, client) {
    server.registerTool(
      'delete_alert',
      {
        title: 'Delete an alert',
        description:
          'Delete an alert and its triage from Intezer, for good. Use only when the user asked for it. Waits, bounded (60 s), for ' +
          'the deletion to finish and answers its status: finished, or in_progress when it is still running (deleting again is harmless).',
        inputSchema: z.strictObject({ alert_id: alertId, environment }),
        outputSchema: z.object({ status: z.string() }),
        annotations: ANNOTATIONS.delete,
      },
      (args, ctx) =>
        guard(client, async () => {
          const signal = signalOf(ctx);
          const alert = new Alert({ alertId: args.alert_id, client, ...(args.environment !== undefined && { environment: args.environment }) });
          const operation = await alert.delete(signal);
          try {
            await operation.waitForCompletion({ timeoutMs: DELETE_WAIT_MS, ...signal });
          } catch (err) {
            if (!(err instanceof WaitTimeoutError)) throw err;
          }
          const status = String(operation.status);
          return success(
            { status },
            `Alert ${alert.alertId}: deletion ${status === 'finished' ? 'finished' : `${status} (still running; call again later to confirm)`}.`,
          );
        }),
    );
  },
};
