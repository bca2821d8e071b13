/** The simulator's records: alerts, the analyses behind their scans, delete operations and ingests. */
import { randomUUID } from 'node:crypto';
import type { SimAlert, AnalysisRecord, IngestRecord } from './types.js';

export interface OperationRecord {
  /** The `result_url` handed out, relative to the API root: `/delete-operation-<uuid>`. */
  path: string;
  alertId: string;
  environment: string;
  doneAt: number;
  applied: boolean;
}

export class RecordStore {
  /** alert id → its records (one per environment and tenant) */
  private readonly byId = new Map<string, SimAlert[]>();
  readonly analyses = new Map<string, AnalysisRecord>();
  readonly operations = new Map<string, OperationRecord>();
  private pendingOps: OperationRecord[] = [];
  readonly ingests: IngestRecord[] = [];
  private readonly ingestCounts = new Map<string, number>();
  /** JSON ingests: what makes an alert "the same" (handlers/ingest-json.ts) → the id it was given. */
  private readonly jsonIngests = new Map<string, string>();

  addAlert(alert: SimAlert): SimAlert {
    const list = this.byId.get(alert.alertId) ?? [];
    const same = list.findIndex((a) => a.environment === alert.environment && a.tenantId === alert.tenantId);
    if (same >= 0) list[same] = alert;
    else list.push(alert);
    this.byId.set(alert.alertId, list);
    return alert;
  }

  /** The records of an id, whatever their environment and tenant. */
  withId(alertId: string): SimAlert[] {
    return this.byId.get(alertId) ?? [];
  }

  /** The records of an id visible to a tenant (no tenant_id → the account's own alerts). */
  visible(alertId: string, tenantId: string | undefined): SimAlert[] {
    return this.withId(alertId).filter((a) => a.tenantId === tenantId);
  }

  all(): SimAlert[] {
    return [...this.byId.values()].flat();
  }

  get alertCount(): number {
    let n = 0;
    for (const list of this.byId.values()) n += list.length;
    return n;
  }

  addAnalysis(a: AnalysisRecord): void {
    this.analyses.set(a.analysisId, a);
  }

  recordIngest(rec: IngestRecord): void {
    this.ingests.push(rec);
    this.ingestCounts.set(rec.sha256, (this.ingestCounts.get(rec.sha256) ?? 0) + 1);
  }

  /** The id of the alert a JSON ingest of this key made, while that alert is still held. */
  heldIngest(key: string): string | undefined {
    const id = this.jsonIngests.get(key);
    return id !== undefined && this.withId(id).length > 0 ? id : undefined;
  }

  holdIngest(key: string, alertId: string): void {
    this.jsonIngests.set(key, alertId);
  }

  ingestCount(sha256: string): number {
    return this.ingestCounts.get(sha256.toLowerCase()) ?? 0;
  }

  /** Starts deleting the alert of this id in this environment; its answer is the operation. */
  startDelete(alertId: string, environment: string, doneAt: number): OperationRecord {
    const op: OperationRecord = { path: `/delete-operation-${randomUUID()}`, alertId, environment, doneAt, applied: false };
    this.operations.set(op.path, op);
    this.pendingOps.push(op);
    return op;
  }

  /** Applies the deletions whose time has come. Called once per request, before handling it. */
  settle(now: number): void {
    if (this.pendingOps.length === 0) return;
    const still: OperationRecord[] = [];
    for (const op of this.pendingOps) {
      if (now < op.doneAt) {
        still.push(op);
        continue;
      }
      op.applied = true;
      const left = this.withId(op.alertId).filter((a) => a.environment !== op.environment);
      if (left.length) this.byId.set(op.alertId, left);
      else this.byId.delete(op.alertId);
    }
    this.pendingOps = still;
  }

  clear(): void {
    this.byId.clear();
    this.analyses.clear();
    this.operations.clear();
    this.pendingOps = [];
    this.ingests.length = 0;
    this.ingestCounts.clear();
    this.jsonIngests.clear();
  }
}
