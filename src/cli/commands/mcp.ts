/**
 * `mcp`: the alerts API as MCP tools for AI agents. On stdio by default (stdout carries JSON-RPC
 * only; every note and SDK log line goes to stderr); `--http` serves streamable HTTP on
 * 127.0.0.1 behind the INTEZER_MCP_TOKEN bearer. Runs until stdin closes (stdio) or SIGINT /
 * SIGTERM, then exits 0.
 */
import { format } from 'node:util';
import type { Command } from 'commander';
import { StdioServerTransport, serveStdio } from '@modelcontextprotocol/server/stdio';
import { InvalidArgumentError } from '../../index.js';
import { MAX_MESSAGE_BYTES, MCP_TOOL_NAMES, allowedToolNames, createMcpServer, startMcpHttp } from '../../mcp/index.js';
import type { CliContext } from '../context.js';
import { addSecret, describeError } from '../lib/describe-error.js';
import { LineFramer } from '../lib/line-framer.js';
import { integerIn, list } from '../lib/parsers.js';
import { UsageError } from '../lib/usage-error.js';

interface McpOptions {
  http?: boolean;
  port?: number;
  allowWrite?: boolean;
  allowDelete?: boolean;
  tools?: string[];
}

/** The served tool names, or a usage error for an unknown one; a note for each named tool the flags keep out. */
function servedTools(opts: McpOptions, ctx: CliContext): string[] {
  const flags = { allowWrite: opts.allowWrite === true, allowDelete: opts.allowDelete === true };
  let served: string[];
  try {
    served = allowedToolNames({ ...flags, ...(opts.tools && { tools: opts.tools }) });
  } catch (err) {
    if (err instanceof InvalidArgumentError) throw new UsageError(`--tools: ${err.message}`);
    throw err;
  }
  const byFlags = allowedToolNames(flags);
  for (const name of opts.tools ?? []) {
    if (!byFlags.includes(name)) ctx.note(`--tools names ${name}, which needs ${name === 'delete_alert' ? '--allow-delete' : '--allow-write'}: not served`);
  }
  if (served.length === 0) throw new UsageError('--tools leaves no tool to serve (write tools need --allow-write, delete_alert --allow-delete)');
  return served;
}

function until(stop: AbortSignal, also?: (done: () => void) => void): Promise<void> {
  return new Promise((resolve) => {
    if (stop.aborted) return resolve();
    stop.addEventListener('abort', () => resolve(), { once: true });
    also?.(resolve);
  });
}

export function registerMcp(program: Command, ctx: CliContext): void {
  program
    .command('mcp')
    .description('serve the alerts API to AI agents over the Model Context Protocol (stdio; --http for streamable HTTP); read-only unless allowed')
    .option('--http', 'serve streamable HTTP at http://127.0.0.1:PORT/mcp instead of stdio (needs INTEZER_MCP_TOKEN: clients send it as a bearer)')
    .option('--port <n>', 'with --http: the port (0: any free port, printed on stderr)', integerIn(0, 65535))
    .option('--allow-write', 'also serve send_phishing_email, send_alert and notify_alert')
    .option('--allow-delete', 'also serve delete_alert')
    .option('--tools <names>', `serve only these tools, comma-separated (narrows, never widens): ${MCP_TOOL_NAMES.join(', ')}`, list)
    .addHelpText(
      'after',
      `
On stdio, stdout carries JSON-RPC only; notes and the SDK's log go to stderr.
Examples:
  $ intezer-alerts mcp                                   # for Claude Desktop, Claude Code, VS Code
  $ intezer-alerts mcp --simulator                       # try it with no account
  $ export INTEZER_MCP_TOKEN=$(openssl rand -hex 32)     # the bearer your HTTP clients send
  $ intezer-alerts mcp --http --port 0 --allow-write`,
    )
    .action(async (opts: McpOptions, cmd: Command) => {
      const tools = servedTools(opts, ctx);
      if (opts.port !== undefined && !opts.http) throw new UsageError('--port needs --http');
      const token = process.env.INTEZER_MCP_TOKEN ?? '';
      if (opts.http) {
        if (token.trim() === '')
          throw new UsageError('--http needs INTEZER_MCP_TOKEN: the bearer token clients must send (e.g. export INTEZER_MCP_TOKEN=$(openssl rand -hex 32))');
        addSecret(token);
        // A space at either end is trimmed off the header by HTTP, and other characters cannot be sent in one: no client could match.
        if (!/^[\x21-\x7e]+$/.test(token))
          throw new UsageError('INTEZER_MCP_TOKEN must be printable ASCII with no space (clients send it in an HTTP header), e.g. $(openssl rand -hex 32)');
      }
      const stop = ctx.stopSignal();
      const client = await ctx.session(cmd).client();
      const factory = () => createMcpServer({ client, allowWrite: opts.allowWrite === true, allowDelete: opts.allowDelete === true, tools });
      // What a client sent can reach these messages (a protocol version it claimed): one line, control characters shown, cut.
      // Cut first: the line's whitespace folding backtracks quadratically on a long run of spaces a client can send.
      const onError = (err: Error) => {
        const cut = Object.assign(new Error(err.message.length > 1_000 ? `${err.message.slice(0, 999)}…` : err.message), { name: err.name });
        ctx.note(`mcp: ${describeError(cut)}`);
      };
      if (opts.http) {
        const server = await startMcpHttp({ factory, token, port: opts.port ?? 0, onError });
        ctx.note(`MCP endpoint ${server.url} (tools: ${tools.join(', ')})`);
        await until(stop);
        await server.close();
      } else {
        ctx.note(`MCP server on stdio (tools: ${tools.join(', ')})`);
        // stdout belongs to JSON-RPC: a stray console.log of any library goes to stderr instead.
        for (const level of ['log', 'info', 'debug'] as const) console[level] = (...args: unknown[]) => void ctx.stderr.write(`${format(...args)}\n`);
        // The default 10 MB message bound would end the session on a large email (64 MiB as base64).
        // Whole lines reach the transport (linear buffering); a longer one is dropped with a note, the session goes on.
        const lines = process.stdin.pipe(
          new LineFramer(MAX_MESSAGE_BYTES, (bytes) =>
            ctx.note(`mcp: dropped a message of ${bytes} bytes, over the bound of ${MAX_MESSAGE_BYTES} (no answer goes to it)`),
          ),
        );
        const transport = new StdioServerTransport(lines, process.stdout, { maxBufferSize: MAX_MESSAGE_BYTES });
        const handle = serveStdio(factory, { onerror: onError, transport });
        await until(stop, (done) => {
          process.stdin.once('end', done);
          process.stdin.once('close', done);
          // The transport also closes by itself (a message over the size bound, stdout gone); stdin
          // is then paused and never ends: without this the process would outlive its client.
          const closed = transport.onclose;
          transport.onclose = () => {
            closed?.();
            done();
          };
        });
        await handle.close();
      }
      if (stop.aborted) ctx.note(`${String(stop.reason)}: MCP server stopped`);
    });
}
