/**
 * `intezer-alerts-sdk/mcp`: the alerts API as Model Context Protocol tools for AI agents.
 *
 * @module intezer-alerts-sdk/mcp
 */
export { createMcpServer, allowedToolNames, MCP_TOOL_NAMES, type McpServerOptions } from './server.js';
export { MAX_RESULT_BYTES, MAX_TEXT_CHARS } from './result.js';
export { startMcpHttp, MCP_PATH, MAX_MESSAGE_BYTES, type McpHttpOptions, type McpHttpServer } from './http.js';
