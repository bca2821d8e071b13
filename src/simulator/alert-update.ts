/** An update of a finished alert (control API, `Simulator.updateAlert`): the triage or note changes, `alert_update_time` moves. */
import { isFinished } from './render.js';
import type { SimState } from './sim-state.js';
import { outcomeFor } from './triage.js';
import type { AlertUpdate, SimAlert } from './types.js';

/** Why an update was refused: the control API answers `status`. */
export class UpdateRefused extends Error {
  constructor(
    readonly status: 404 | 409,
    message: string,
  ) {
    super(message);
  }
}

export function applyUpdate(state: SimState, alertId: string, u: AlertUpdate, now: number): SimAlert {
  // Triage that finished by now is stamped first, so this update comes after it.
  state.clock.settle(now);
  const matches = state.store.withId(alertId).filter((a) => a.tenantId === u.tenantId && (u.environment === undefined || a.environment === u.environment));
  if (matches.length === 0) throw new UpdateRefused(404, `No alert ${alertId}${u.environment !== undefined ? ` in ${u.environment}` : ''}`);
  if (matches.length > 1) throw new UpdateRefused(409, `Alert ${alertId} is in several environments: name one`);
  const a = matches[0]!;
  if (!isFinished(a, now)) throw new UpdateRefused(409, `Alert ${alertId} is still in triage: only a finished alert can be updated`);
  if (u.verdict !== undefined || u.familyName !== undefined) {
    const verdict = u.verdict ?? a.triage.verdict;
    const familyName = u.familyName !== undefined ? u.familyName : verdict === a.triage.verdict ? a.triage.familyName : null;
    a.triage = outcomeFor(verdict, familyName);
  }
  if (u.note !== undefined) a.note = u.note;
  state.clock.stamp(a, now);
  return a;
}
