/**
 * Keep-alive agents for the node:http transport, one for http and one for https origins.
 *
 * An idle pooled connection is closed after `idleTimeoutMs` (default 4 s), or sooner when the
 * server's `Keep-Alive: timeout=N` says it closes first (node's agent then closes it a second
 * before N, and does not keep it at all for N = 1). Load balancers and NATs drop idle
 * connections silently after tens of seconds, common servers after 5 s (node's own server)
 * or more; 4 s stays under those, the value agentkeepalive settled on to avoid ECONNRESET,
 * and still lets a burst of calls, a history walk or a batch reuse its connections.
 *
 * A proxy is reached with a CONNECT tunnel of our own (tunnel.ts), made synchronously so
 * that the request it is made for owns it; `verifySsl: false` turns off certificate checks
 * for the service and for an https proxy.
 */
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import type { Duplex } from 'node:stream';
import type tls from 'node:tls';
import { establishedOn } from './connection-state.js';
import { ProxyTunnel, type ProxyConfig } from './tunnel.js';

export const IDLE_TIMEOUT_MS = 4000;
const MAX_SOCKETS = 64;

export interface AgentOptions {
  proxy?: string;
  verifySsl: boolean;
  /** How long an idle pooled connection is kept (default IDLE_TIMEOUT_MS). */
  idleTimeoutMs?: number;
  /** Connections per origin (default MAX_SOCKETS). */
  maxSockets?: number;
}

export interface Agents {
  http: http.Agent;
  https: https.Agent;
  /** Closes every connection, idle or busy, the tunnels and their proxy connections included. */
  destroy(): void;
}

/** What the agent gives createConnection: the request's host and port, its own options. */
type ConnectOptions = net.TcpNetConnectOpts & tls.ConnectionOptions & { host: string; port: number };

/** The agent's hooks that @types/node does not declare. */
interface AgentInternals {
  keepSocketAlive(socket: Duplex): boolean;
  reuseSocket(socket: Duplex, req: http.ClientRequest): void;
  createConnection(options: ConnectOptions): Duplex;
}
const TUNNEL = Symbol('intezer.tunnel');
type TunnelledSocket = Duplex & { [TUNNEL]?: ProxyTunnel };

class HttpAgent extends http.Agent {
  constructor(
    options: http.AgentOptions,
    readonly proxy: ProxyConfig | undefined,
  ) {
    super(options);
  }

  createConnection(options: ConnectOptions): Duplex {
    if (this.proxy) return establishedOn(new ProxyTunnel(this.proxy, options.host, options.port), 'connect');
    return establishedOn(net.createConnection(options), 'connect');
  }
}

class HttpsAgent extends https.Agent {
  constructor(
    options: https.AgentOptions,
    readonly proxy: ProxyConfig | undefined,
  ) {
    super(options);
  }

  createConnection(options: ConnectOptions): Duplex {
    const base = https.Agent.prototype as unknown as AgentInternals;
    if (!this.proxy) return establishedOn(base.createConnection.call(this, options), 'secureConnect');
    // TLS inside the tunnel; node:https makes the TLS socket (SNI, session reuse).
    const tunnel = new ProxyTunnel(this.proxy, options.host, options.port);
    const socket: TunnelledSocket = base.createConnection.call(this, { ...options, socket: tunnel });
    socket[TUNNEL] = tunnel;
    socket.once('close', () => tunnel.destroy());
    return establishedOn(socket, 'secureConnect');
  }

  // A TLS socket over a tunnel does not pass ref/unref on to the connection to the proxy:
  // an idle pooled one must not hold the process open, a busy one must.
  keepSocketAlive(socket: TunnelledSocket): boolean {
    const keep = (https.Agent.prototype as unknown as AgentInternals).keepSocketAlive.call(this, socket);
    socket[TUNNEL]?.unref();
    return keep;
  }

  reuseSocket(socket: TunnelledSocket, req: http.ClientRequest): void {
    (https.Agent.prototype as unknown as AgentInternals).reuseSocket.call(this, socket, req);
    socket[TUNNEL]?.ref();
  }
}

export function createAgents({ proxy, verifySsl, idleTimeoutMs = IDLE_TIMEOUT_MS, maxSockets = MAX_SOCKETS }: AgentOptions): Agents {
  // `timeout` is what node's agent closes an idle connection after (and what it weighs the
  // server's Keep-Alive hint against); lifo hands out the connection used last, so the
  // others age out.
  const common = { keepAlive: true, keepAliveMsecs: 1000, maxSockets, maxFreeSockets: 16, scheduling: 'lifo' as const, timeout: idleTimeoutMs };
  const proxyConfig = proxy ? { url: new URL(proxy), verifySsl } : undefined;
  const agents = {
    http: new HttpAgent(common, proxyConfig),
    https: new HttpsAgent({ ...common, rejectUnauthorized: verifySsl }, proxyConfig),
  };
  return {
    ...agents,
    destroy() {
      agents.http.destroy();
      agents.https.destroy();
    },
  };
}
