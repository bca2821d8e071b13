/** Type tests of `intezer-alerts-sdk/mcp` (checked by `npm run typecheck`). */
import type { McpServer } from '@modelcontextprotocol/server';
import { expectTypeOf, it } from 'vitest';
import type { IntezerClient } from '../../src/index.js';
import { createMcpServer, type McpServerOptions } from '../../src/mcp/index.js';

it('createMcpServer takes a client and optional flags, and returns an unconnected McpServer', () => {
  expectTypeOf(createMcpServer).parameter(0).toEqualTypeOf<McpServerOptions>();
  expectTypeOf<McpServerOptions>().toEqualTypeOf<{ client: IntezerClient; allowWrite?: boolean; allowDelete?: boolean; tools?: string[] }>();
  expectTypeOf(createMcpServer).returns.toEqualTypeOf<McpServer>();
  // @ts-expect-error: the client is required
  expectTypeOf(createMcpServer).toBeCallableWith({ allowWrite: true });
});
