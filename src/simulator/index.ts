/**
 * A stateful local simulator of the Intezer Analyze alerts API (v2-0), wire-exact to
 * /work/shared/reference/WIRE.md and openapi/openapi.yaml, for tests and local runs.
 * Independent of the SDK: it shares nothing with src/client or src/alerts.
 */
export { startSimulator } from './simulator.js';
export { API_ROOT_PATH, CONTROL_PREFIX } from './server.js';
export { requestSchema, responseSchema } from './validation.js';
export { triageText } from './triage.js';
export type {
  AlertInit,
  AlertRecord,
  AnalysisRecord,
  AnalysisState,
  EmailInfo,
  Fault,
  IngestRecord,
  RateLimitOptions,
  RecordedPart,
  RecordedRequest,
  ScanKind,
  SeedOptions,
  Simulator,
  SimulatorOptions,
  TriageOutcome,
} from './types.js';
