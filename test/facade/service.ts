/**
 * A scripted Intezer service for facade tests, on the real wire server: handlers by
 * "METHOD /path" under the API root, with `:name` segments, and helpers to read what
 * arrived. The facade is driven end to end over HTTP; nothing of ours is mocked.
 */
import type { IntezerClient } from '../../src/client/client.js';
import type { IntezerClientOptions } from '../../src/client/options.js';
import { useWireServer } from '../helpers/fixture.js';
import type { RecordedRequest, Reply, WireServer } from '../helpers/wire-server.js';

export type RouteHandler = (req: RecordedRequest, params: Record<string, string>) => Reply | Promise<Reply>;

const ROOT = '/api/v2-0';

export function pathOf(req: RecordedRequest): string {
  return req.url.startsWith(ROOT) ? req.url.slice(ROOT.length) : req.url;
}

function match(pattern: string, path: string): Record<string, string> | undefined {
  const p = pattern.split('/');
  const a = path.split('/');
  if (p.length !== a.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < p.length; i++) {
    if (p[i]!.startsWith(':')) params[p[i]!.slice(1)] = decodeURIComponent(a[i]!);
    else if (p[i] !== a[i]) return undefined;
  }
  return params;
}

export interface FakeService {
  readonly server: WireServer;
  client(options?: IntezerClientOptions): IntezerClient;
  /** Installs the handlers (replacing earlier ones). Unrouted calls answer 599. */
  routes(table: Record<string, RouteHandler>): void;
  /** The calls (token exchange excluded) whose "METHOD /path" matches. */
  callsTo(route: string): RecordedRequest[];
}

export function useFakeService(): FakeService {
  const fx = useWireServer();
  return {
    get server() {
      return fx.server;
    },
    client: (options = {}) => fx.client({ pollIntervalMs: 5, ...options }),
    routes(table) {
      fx.server.handle((req) => {
        for (const [key, handler] of Object.entries(table)) {
          const [method, pattern] = key.split(' ') as [string, string];
          const params = method === req.method ? match(pattern, pathOf(req)) : undefined;
          if (params) return handler(req, params);
        }
        return { status: 599, json: { error: `unrouted ${req.method} ${req.url}` } };
      });
    },
    callsTo(route) {
      const [method, pattern] = route.split(' ') as [string, string];
      return fx.server.calls().filter((r) => r.method === method && match(pattern, pathOf(r)) !== undefined);
    },
  };
}

/** Answers from a list in turn, repeating the last one. */
export function sequence(...replies: Reply[]): RouteHandler {
  let i = 0;
  return () => replies[Math.min(i++, replies.length - 1)]!;
}
