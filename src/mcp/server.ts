/**
 * createMcpServer: an MCP server with the alerts tools the options allow, not yet connected.
 * Read tools always; send_phishing_email, send_alert and notify_alert with allowWrite;
 * delete_alert with allowDelete; `tools` narrows that set further. A tool not allowed is never
 * registered, so it is not listed and a call to it answers as for an unknown tool.
 */
import { McpServer, type CallToolResult } from '@modelcontextprotocol/server';
import { InvalidArgumentError, SDK_VERSION, type IntezerClient } from '../index.js';
import type { ToolDefinition } from './kit.js';
import { failure } from './result.js';
import { deleteAlert } from './tools/alert-delete.js';
import { getAlert, getAlertRawData, getAlertsByIds } from './tools/alert-read.js';
import { notifyAlert, sendPhishingEmail } from './tools/alert-write.js';
import { sendAlert } from './tools/send-alert.js';
import { searchAlerts } from './tools/search.js';

/** The options of {@link createMcpServer}: the client, and which tools to serve (read-only by default). */
export interface McpServerOptions {
  /** The client every tool calls the service with. */
  client: IntezerClient;
  /** Also serve send_phishing_email, send_alert and notify_alert. Default false. */
  allowWrite?: boolean;
  /** Also serve delete_alert. Default false. */
  allowDelete?: boolean;
  /** Serve only these of the allowed tools (never more than the flags allow); an unknown name → InvalidArgumentError. */
  tools?: string[];
}

/**
 * The SDK answers arguments its schema refuses with an isError result of its own, whose text
 * lists every issue and echoes unknown argument names: unbounded (a 200,000-character key
 * made a 200 KB result). Its one maker of such results is pinned here to this package's own
 * bounded, scrubbed failure. `createToolError` is private in the SDK's types; a test drives it.
 */
function boundSdkToolErrors(server: McpServer, client: IntezerClient): void {
  const internals = server as unknown as { createToolError?: (message: string) => CallToolResult };
  if (typeof internals.createToolError !== 'function') return;
  internals.createToolError = (message: string) => failure(client.secrets.scrub(message));
}

const TOOLS: readonly ToolDefinition[] = [getAlert, searchAlerts, getAlertsByIds, getAlertRawData, sendPhishingEmail, sendAlert, notifyAlert, deleteAlert];

/** Every tool name, in the order they are listed. */
export const MCP_TOOL_NAMES: readonly string[] = TOOLS.map((t) => t.name);

/** The names the options serve, in listing order; InvalidArgumentError for a name that is no tool. */
export function allowedToolNames(options: Omit<McpServerOptions, 'client'>): string[] {
  const unknown = (options.tools ?? []).filter((n) => !MCP_TOOL_NAMES.includes(n));
  if (unknown.length > 0) throw new InvalidArgumentError(`Unknown tool name(s): ${unknown.join(', ')} (tools: ${MCP_TOOL_NAMES.join(', ')})`);
  const byFlags = (t: ToolDefinition) =>
    t.kind === 'read' || (t.kind === 'write' && options.allowWrite === true) || (t.kind === 'delete' && options.allowDelete === true);
  const named = options.tools === undefined ? undefined : new Set(options.tools);
  return TOOLS.filter((t) => byFlags(t) && (named === undefined || named.has(t.name))).map((t) => t.name);
}

/**
 * An MCP server offering the alerts tools the options allow, not yet connected to a transport.
 * @throws {@link intezer-alerts-sdk!InvalidArgumentError | InvalidArgumentError} without a `client`, or for a `tools` entry that is no tool.
 */
export function createMcpServer(options: McpServerOptions): McpServer {
  if (options === null || typeof options !== 'object' || options.client === undefined) throw new InvalidArgumentError('createMcpServer needs { client }');
  if (options.tools !== undefined && (!Array.isArray(options.tools) || options.tools.some((n) => typeof n !== 'string'))) {
    throw new InvalidArgumentError('tools must be an array of tool names');
  }
  const allowed = new Set(allowedToolNames(options));
  const server = new McpServer(
    { name: 'intezer-alerts', version: SDK_VERSION },
    {
      capabilities: { tools: {} },
      instructions:
        'Intezer Analyze alerts: search the alert history, read an alert and its triage verdict, raw data and scans' +
        (allowed.has('send_phishing_email') || allowed.has('send_alert') ? ', send alerts or reported emails for triage' : '') +
        '. Every result has structured fields and a short summary; lists page with next_cursor.',
    },
  );
  for (const tool of TOOLS) if (allowed.has(tool.name)) tool.register(server, options.client);
  boundSdkToolErrors(server, options.client);
  return server;
}
