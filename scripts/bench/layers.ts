/**
 * The SDK's per-call path built up layer by layer, each sending the same get-by-id as the raw
 * floor, so the benchmark shows where the time goes: the SDK's node:http transport alone;
 * + openapi-fetch (with the light Request the SDK gives it); + zod validation of the answer
 * (openapi-fetch + zod are fixed by the design: together, the least any call of this SDK
 * costs); the SDK's endpoint function (token, retries, error mapping); then the facade.
 */
import type { IntezerClient } from '../../src/client/client.js';
import { API_PREFIX } from './fixtures.js';
import { agents as agentsModule, endpoints, lightResponse, nodeHttp, validation } from './sdk.js';

const { getAlertById } = endpoints;
const { createAgents } = agentsModule;
const { LightHeaders } = lightResponse;
const { createNodeHttpTransport } = nodeHttp;
const { validateResponse } = validation;

export type Call = () => Promise<unknown>;

export function layers(origin: string, token: string, alertId: string, client: IntezerClient): { calls: Record<'transport' | 'openapiFetch' | 'designFloor' | 'endpoint', Call>; close(): void } {
  // The transport alone gets its own agents; the openapi-fetch layers use the client's own
  // openapi-fetch instance (and so its transport), without the client's call() around it.
  const agents = createAgents({ verifySsl: true });
  const transport = createNodeHttpTransport(agents);
  const sendOptions = { timeoutMs: client.config.timeoutMs };
  const url = `${origin}${API_PREFIX}/alerts/get-by-id`;
  const wireHeaders = { 'user-agent': 'bench-layers', authorization: `Bearer ${token}` };
  // As the client passes it: the client's headers beside openapi-fetch's init (light-request.ts).
  const init = { wireHeaders };
  const viaOpenapiFetch = () => client.api.GET('/alerts/get-by-id', { ...init, body: { alert_id: alertId } });
  return {
    calls: {
      transport: async () => {
        const body = JSON.stringify({ alert_id: alertId });
        const headers = new LightHeaders({ 'content-type': 'application/json', ...wireHeaders });
        const res = await transport({ url, method: 'GET', headers, body, signal: undefined }, sendOptions);
        return res.json();
      },
      openapiFetch: viaOpenapiFetch,
      designFloor: async () => {
        const { data, response } = await viaOpenapiFetch();
        validateResponse('GET /alerts/get-by-id', response.status, data);
        return data;
      },
      endpoint: () => getAlertById(client, alertId),
    },
    close: () => agents.destroy(),
  };
}
