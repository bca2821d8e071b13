/**
 * Per-file wiring of the contract tests: a recorder over the SDK's default node:http
 * transport, clients pointed at a Prism (API root = Prism's root: Prism serves the spec's
 * paths without the `servers` base path), a clean environment, and after every test the
 * check that Prism found no request breaking the spec.
 */
import { afterAll, afterEach, beforeAll, beforeEach, inject, vi } from 'vitest';
import { IntezerClient, type IntezerClientOptions } from '../../../src/index.js';
import { createAgents, type Agents } from '../../../src/client/transport/agents.js';
import { createNodeHttpTransport } from '../../../src/client/transport/node-http.js';
import { PrismRecorder, type PreferMap } from './recorder.js';

export const API_KEY = 'contract-test-api-key';

export interface ContractClientOptions extends IntezerClientOptions {
  /** Prism URL; default: the static Prism. */
  prismUrl?: string;
  /** `Prefer` per operation ("METHOD /path"). */
  prefer?: PreferMap;
}

export interface ContractFixture {
  readonly recorder: PrismRecorder;
  /** A fresh client (its own token) whose every call goes through the recorder. */
  client(options?: ContractClientOptions): IntezerClient;
}

export function usePrism(): ContractFixture {
  let agents: Agents | undefined;
  let recorder: PrismRecorder | undefined;
  let mark = 0;
  const prism = inject('prism');

  beforeAll(() => {
    agents = createAgents({ verifySsl: true });
    recorder = new PrismRecorder(createNodeHttpTransport(agents));
  });
  beforeEach(() => {
    vi.stubEnv('INTEZER_ANALYZE_API_KEY', undefined);
    vi.stubEnv('INTEZER_TENANT_ID', undefined);
    mark = recorder!.exchanges.length;
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    recorder!.assertNoViolations(mark);
  });
  afterAll(() => agents?.destroy());

  return {
    get recorder() {
      if (!recorder) throw new Error('the recorder exists only while the file runs');
      return recorder;
    },
    client({ prismUrl = prism.static, prefer = {}, ...options } = {}) {
      return new IntezerClient({
        apiKey: API_KEY,
        baseUrl: prismUrl,
        apiVersion: '',
        retryBaseDelayMs: 1,
        pollIntervalMs: 5,
        ...options,
        transport: this.recorder.transport(prefer),
      });
    },
  };
}
