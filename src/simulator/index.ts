/**
 * A stateful local simulator of the Intezer Analyze alerts API (v2-0), for tests and local
 * runs. It serves the wire openapi/openapi.yaml describes and validates requests against it.
 * Independent of the SDK: it shares nothing with src/client or src/facade.
 *
 * @module intezer-alerts-sdk/simulator
 */
export { startSimulator } from './simulator.js';
export { API_ROOT_PATH, CONTROL_PREFIX } from './server.js';
export { BLOB_PREFIX, BLOB_ROUTE_KEY } from './blob-storage.js';
export { requestSchema, responseSchema } from './validation.js';
export { triageText } from './triage.js';
export type {
  AlertInit,
  AlertUpdate,
  AlertUpdateRecord,
  AnalysisRecord,
  ArtifactScan,
  DeviceInfo,
  AnalysisState,
  EmailInfo,
  Fault,
  IngestRecord,
  RateLimitOptions,
  RawDataForm,
  RecordedPart,
  RecordedRequest,
  ScanKind,
  SeedOptions,
  SimAlert,
  Simulator,
  SimulatorOptions,
  TriageOutcome,
} from './types.js';
