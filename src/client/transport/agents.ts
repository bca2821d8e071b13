/**
 * Keep-alive agents for the node:http transport. A proxy is reached with a CONNECT tunnel
 * (hpagent keeps those tunnels alive too); `verifySsl: false` turns off certificate checks
 * for the service (and for an https proxy).
 */
import http from 'node:http';
import https from 'node:https';
import { HttpProxyAgent, HttpsProxyAgent } from 'hpagent';

export interface AgentOptions {
  proxy?: string;
  verifySsl: boolean;
}

export interface Agents {
  http: http.Agent;
  https: https.Agent;
  destroy(): void;
}

export function createAgents({ proxy, verifySsl }: AgentOptions): Agents {
  const common = { keepAlive: true, keepAliveMsecs: 1000, maxSockets: 64, maxFreeSockets: 16, scheduling: 'lifo' as const };
  const tls = { rejectUnauthorized: verifySsl };
  const agents = proxy
    ? {
        http: new HttpProxyAgent({ ...common, proxy, proxyRequestOptions: tls }),
        https: new HttpsProxyAgent({ ...common, ...tls, proxy, proxyRequestOptions: tls }),
      }
    : { http: new http.Agent(common), https: new https.Agent({ ...common, ...tls }) };
  return {
    ...agents,
    destroy() {
      agents.http.destroy();
      agents.https.destroy();
    },
  };
}
