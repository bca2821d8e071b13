/**
 * The SDK's per-call path built up layer by layer, each sending the same get-by-id as the raw
 * floor, so the benchmark shows where the time goes: the SDK's node:http transport alone;
 * + openapi-fetch through the SDK's one adapter (fetch-adapter.ts: request built, answer
 * parsed); + zod validation of the answer (openapi-fetch + zod are fixed by the design:
 * together, the least any call of this SDK costs); the SDK's endpoint function (token,
 * retries, error mapping, the call's scope); then the facade.
 */
import type { IntezerClient } from '../../src/client/client.js';
import { API_PREFIX } from './fixtures.js';
import { agents as agentsModule, endpoints, fetchAdapter, nodeHttp, operations, validation } from './sdk.js';

const { getAlertById } = endpoints;
const { createAgents } = agentsModule;
const { createFetchAdapter, prepareInit } = fetchAdapter;
const { OPERATIONS } = operations;
const { createNodeHttpTransport } = nodeHttp;
const { validateResponse } = validation;

export type Call = () => Promise<unknown>;

export function layers(origin: string, token: string, alertId: string, client: IntezerClient): { calls: Record<'transport' | 'openapiFetch' | 'designFloor' | 'endpoint', Call>; close(): void } {
  // The transport and adapter layers share their own agents; the client's call() is not around them.
  const agents = createAgents({ verifySsl: true });
  const transport = createNodeHttpTransport(agents);
  const sendOptions = { timeoutMs: client.config.timeoutMs };
  const url = `${origin}${API_PREFIX}/alerts/get-by-id`;
  const wireHeaders = { 'user-agent': 'bench-layers', authorization: `Bearer ${token}` };
  const adapter = createFetchAdapter(client.config.apiRoot, transport, sendOptions, { scrub: (t) => t });
  const op = OPERATIONS.getAlertById;
  const signal = new AbortController().signal;
  const viaOpenapiFetch = () => adapter.send(op, prepareInit(op, { body: { alert_id: alertId } }, undefined), wireHeaders, signal);
  return {
    calls: {
      transport: async () => {
        const body = JSON.stringify({ alert_id: alertId });
        const headers = { 'content-type': 'application/json', ...wireHeaders };
        const res = await transport({ url, method: 'GET', headers, body, signal: undefined }, sendOptions);
        return JSON.parse(Buffer.from(res.body.buffer, res.body.byteOffset, res.body.byteLength).toString('utf8'));
      },
      openapiFetch: viaOpenapiFetch,
      designFloor: async () => {
        const answer = await viaOpenapiFetch();
        validateResponse('GET /alerts/get-by-id', answer.status, answer.body);
        return answer.body;
      },
      endpoint: () => getAlertById(client, alertId),
    },
    close: () => agents.destroy(),
  };
}
