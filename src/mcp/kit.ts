/** What every tool is made of: its name and kind, the schemas, annotations, and the guard that turns a throw into an isError result. */
import type { CallToolResult, McpServer, ServerContext, ToolAnnotations } from '@modelcontextprotocol/server';
import { z } from 'zod';
import { Alert, WaitTimeoutError, type IntezerClient } from '../index.js';
import { errorResult } from './errors.js';
import { failure, fits } from './result.js';
import { scrubResult } from './scrub.js';

export type ToolKind = 'read' | 'write' | 'delete';

export interface ToolDefinition {
  readonly name: string;
  readonly kind: ToolKind;
  register(server: McpServer, client: IntezerClient): void;
}

/** Honest hints per kind: reads change nothing; sends and notify add something each time; a delete destroys, and twice is as once. */
export const ANNOTATIONS: Record<ToolKind, ToolAnnotations> = {
  read: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true },
  write: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true },
  delete: { readOnlyHint: false, destructiveHint: true, idempotentHint: true, openWorldHint: true },
};

/** The verdicts, for descriptions a model reads. */
export const VERDICTS_EXPLAINED =
  'Verdicts: confirmed_threat (malicious, act on it), likely_true_positive (probably malicious), suspicious_behavior (worth a look), ' +
  'false_positive (benign), inconclusive (not enough to decide); newer values may appear. status: in_progress while triage runs ' +
  '(verdict still null), finished when done; an unknown alert id is an error result (AlertNotFoundError).';

const MAX_WAIT_SECONDS = 600;

export const alertId = z.string().min(1).max(1_000).describe('The alert id (as returned by search_alerts or a send tool)');
export const environment = z.string().min(1).max(200).optional().describe('The environment the alert belongs to; needed only when the id exists in several');
export const waitSeconds = z
  .number()
  .int()
  .min(0)
  .max(MAX_WAIT_SECONDS)
  .optional()
  .describe(
    `Wait up to this many seconds (0–${MAX_WAIT_SECONDS}, default 0) for triage to finish; when it runs out the alert comes back as it stands, status in_progress. Progress is reported every 2 s when the request asks for it (a progressToken), so a client that resets its timeout on progress keeps waiting`,
  );

/** The signal of the MCP request: a cancelled call stops its SDK calls. */
export function signalOf(ctx: ServerContext): { signal?: AbortSignal } {
  return ctx.mcpReq.signal ? { signal: ctx.mcpReq.signal } : {};
}

/** How often a wait reports progress, when the client asked for it (it keeps the client's request timeout from running out). */
const PROGRESS_INTERVAL_MS = 2_000;

/**
 * Reports progress on the request every PROGRESS_INTERVAL_MS while a wait runs, when the call
 * carries a progressToken; returns the function that stops it.
 */
function progressWhileWaiting(ctx: ServerContext | undefined, totalSeconds: number, what: string): () => void {
  const token = ctx?.mcpReq._meta?.progressToken;
  if (ctx === undefined || token === undefined) return () => undefined;
  const started = Date.now();
  const timer = setInterval(() => {
    const elapsed = Math.min(totalSeconds, Math.round((Date.now() - started) / 1000));
    const params = { progressToken: token, progress: elapsed, total: totalSeconds, message: `${what}: ${elapsed} of at most ${totalSeconds} s` };
    ctx.mcpReq.notify({ method: 'notifications/progress', params }).catch(() => undefined);
  }, PROGRESS_INTERVAL_MS);
  timer.unref();
  return () => clearInterval(timer);
}

/** The client's scrubber of its own secrets (its key, its access tokens), as a function. */
export function scrubberOf(client: IntezerClient): (text: string) => string {
  return (text) => client.secrets.scrub(text);
}

/**
 * Runs a tool's body; any throw becomes an isError result. Either way the client's secrets are
 * scrubbed from what goes out (the service's data may quote them).
 */
export async function guard(client: IntezerClient, body: () => Promise<CallToolResult>): Promise<CallToolResult> {
  let result: CallToolResult;
  try {
    result = await body();
  } catch (err) {
    result = errorResult(err);
  }
  const scrubbed = scrubResult(result, scrubberOf(client));
  if (scrubbed.structuredContent === undefined) return scrubbed;
  const text = scrubbed.content.map((c) => (c.type === 'text' ? c.text : '')).join('');
  // The marker can be longer than what it replaced: the size limit still holds.
  return fits(text, scrubbed.structuredContent) ? scrubbed : failure('The answer is too large to return: narrow the request (fewer alerts, a smaller limit).');
}

/**
 * The alert after one status check and, with `waitSeconds`, a bounded wait for triage. An
 * alert still in triage is an answer (the fields known so far), not a failure.
 */
export async function settledAlert(
  client: IntezerClient,
  id: string,
  options: { environment?: string | undefined; waitSeconds?: number | undefined; signal?: AbortSignal; ctx?: ServerContext },
): Promise<Alert> {
  const { environment: env, waitSeconds: wait = 0, signal, ctx } = options;
  const alert = await Alert.fromId(id, { client, raiseOnInProgress: false, ...(env !== undefined && { environment: env }), ...(signal && { signal }) });
  if (wait > 0 && alert.isRunning()) {
    const stop = progressWhileWaiting(ctx, wait, `waiting for the triage of ${alert.alertId}`);
    try {
      await alert.waitForCompletion({ timeoutMs: wait * 1000, sleepBeforeFirstCheck: true, ...(signal && { signal }) });
    } catch (err) {
      if (!(err instanceof WaitTimeoutError)) throw err;
    } finally {
      stop();
    }
  }
  return alert;
}
