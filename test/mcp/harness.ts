/**
 * Real MCP clients against the server: the v2 client package and the v1 `@modelcontextprotocol/sdk`
 * client, over stdio (the CLI spawned as a user's agent would: `node --import tsx src/cli/main.ts
 * mcp …`) or streamable HTTP (the CLI's --http, or startMcpHttp in-process), with a simulator of
 * the test behind it.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Client as ClientV2, StreamableHTTPClientTransport as HttpV2 } from '@modelcontextprotocol/client';
import { StdioClientTransport as StdioV2 } from '@modelcontextprotocol/client/stdio';
import { Client as ClientV1 } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport as StdioV1 } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport as HttpV1 } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { IntezerClient } from '../../src/index.js';
import { createMcpServer, startMcpHttp, type McpServerOptions } from '../../src/mcp/index.js';
import type { Simulator } from '../../src/simulator/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const TSX_LOADER = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const MAIN = path.join(root, 'src/cli/main.ts');

export type Flavour = 'v1' | 'v2';
export const FLAVOURS: Flavour[] = ['v2', 'v1'];

export interface ToolResult {
  content: { type: string; text?: string }[];
  structuredContent?: Record<string, unknown>;
  isError?: boolean;
}

export interface ToolInfo {
  name: string;
  description?: string;
  annotations?: Record<string, unknown>;
  inputSchema: { properties?: Record<string, unknown> };
  outputSchema?: unknown;
}

/** One connected client, whichever its version and transport. */
export interface Session {
  flavour: Flavour;
  listTools(): Promise<ToolInfo[]>;
  callTool(name: string, args?: Record<string, unknown>): Promise<ToolResult>;
  /** A call with a request timeout that progress notifications reset; `onProgress` sees each. */
  callToolWithProgress(
    name: string,
    args: Record<string, unknown>,
    timeoutMs: number,
    onProgress: (p: { progress: number; total?: number }) => void,
  ): Promise<ToolResult>;
  /** What the server wrote on stderr so far (stdio sessions). */
  stderr(): string;
  close(): Promise<void>;
}

/** The environment of a spawned server: none of the caller's INTEZER_ variables, plus `extra`. */
export function serverEnv(extra: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !k.startsWith('INTEZER_')) env[k] = v;
  return { ...env, NO_COLOR: '1', ...extra };
}

/** The CLI's arguments for `node`: `--import tsx src/cli/main.ts …args`. */
export function cliArgs(args: readonly string[]): string[] {
  return ['--import', TSX_LOADER, MAIN, ...args];
}

/** The env that points a spawned CLI at the simulator. */
export function simEnv(sim: Simulator, extra: Record<string, string> = {}): Record<string, string> {
  return serverEnv({ INTEZER_ANALYZE_BASE_URL: sim.baseUrl, INTEZER_ANALYZE_API_KEY: sim.apiKey, ...extra });
}

function wrap(flavour: Flavour, client: ClientV1 | ClientV2, stderr: () => string, onClose: () => Promise<void> = async () => undefined): Session {
  return {
    flavour,
    async listTools() {
      return (await client.listTools()).tools as ToolInfo[];
    },
    async callTool(name, args = {}) {
      return (await client.callTool({ name, arguments: args })) as ToolResult;
    },
    async callToolWithProgress(name, args, timeoutMs, onProgress) {
      const options = { timeout: timeoutMs, resetTimeoutOnProgress: true, onprogress: onProgress };
      if (flavour === 'v1') return (await (client as ClientV1).callTool({ name, arguments: args }, undefined, options)) as ToolResult;
      return (await (client as ClientV2).callTool({ name, arguments: args }, options)) as ToolResult;
    },
    stderr,
    async close() {
      await client.close();
      await onClose();
    },
  };
}

/** The CLI's `mcp` on stdio, driven by a client of `flavour`. */
export async function stdioSession(flavour: Flavour, args: readonly string[], env: Record<string, string>): Promise<Session> {
  const params = { command: process.execPath, args: cliArgs(['mcp', ...args]), env, cwd: root, stderr: 'pipe' as const };
  const transport = flavour === 'v1' ? new StdioV1(params) : new StdioV2(params);
  let stderr = '';
  (transport.stderr as Readable | null)?.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
  const client = flavour === 'v1' ? new ClientV1({ name: 'test-v1', version: '1.0.0' }) : new ClientV2({ name: 'test-v2', version: '1.0.0' });
  await (client as ClientV1).connect(transport as StdioV1);
  return wrap(flavour, client, () => stderr);
}

/** A client of `flavour` on an HTTP endpoint, sending `Authorization: Bearer token`. */
export async function httpSession(flavour: Flavour, url: string, token: string): Promise<Session> {
  const requestInit = { headers: { Authorization: `Bearer ${token}` } };
  const client = flavour === 'v1' ? new ClientV1({ name: 'test-v1', version: '1.0.0' }) : new ClientV2({ name: 'test-v2', version: '1.0.0' });
  const transport = flavour === 'v1' ? new HttpV1(new URL(url), { requestInit }) : new HttpV2(new URL(url), { requestInit });
  await (client as ClientV1).connect(transport as HttpV1);
  return wrap(flavour, client, () => '');
}

export const TEST_TOKEN = 'mcp-test-bearer-7f3a9c2e51d84b06';

/**
 * createMcpServer behind startMcpHttp in this process, with a client of `flavour`: the quick way
 * to drive the tools through a real client (the CLI's own transports are tested apart).
 */
export async function inProcessSession(
  flavour: Flavour,
  sim: Simulator,
  options: Omit<McpServerOptions, 'client'> = {},
  apiKey = sim.apiKey,
): Promise<Session> {
  const client = new IntezerClient({ apiKey, baseUrl: sim.baseUrl, pollIntervalMs: 50, logLevel: 'off' });
  const http = await startMcpHttp({ factory: () => createMcpServer({ client, ...options }), token: TEST_TOKEN, port: 0 });
  const session = await httpSession(flavour, http.url, TEST_TOKEN);
  return {
    ...session,
    async close() {
      await session.close();
      await http.close();
      client.close();
    },
  };
}

/** What a result weighs against the size cap: its text blocks' UTF-8 bytes plus structuredContent as JSON. */
export function resultBytes(r: ToolResult): number {
  const text = r.content.reduce((n, c) => n + Buffer.byteLength(c.text ?? '', 'utf8'), 0);
  return text + (r.structuredContent === undefined ? 0 : Buffer.byteLength(JSON.stringify(r.structuredContent), 'utf8'));
}

/** The one text block of a result. */
export function textOf(r: ToolResult): string {
  if (r.content.length !== 1 || r.content[0]!.type !== 'text') throw new Error(`expected one text block, got ${JSON.stringify(r.content).slice(0, 200)}`);
  return r.content[0]!.text ?? '';
}

/** The simulator's control API (/__sim/…), as a test drives it from outside. */
export async function control(sim: Simulator, method: string, route: string, body?: unknown): Promise<unknown> {
  const origin = sim.baseUrl.replace(/\/api\/$/, '');
  const res = await fetch(`${origin}/__sim/${route}`, {
    method,
    headers: { 'content-type': 'application/json' },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
  if (!res.ok) throw new Error(`control ${method} ${route}: ${res.status} ${await res.text()}`);
  return res.json();
}
