/** `GET /analyses/{id}`, `/url/{id}`, `/endpoint-analyses/{id}`: 202 while running, then 200 with the report. */
import type { Call } from '../call.js';
import { fail, ok, type Reply } from '../reply.js';
import { reportWire } from '../render.js';
import type { ScanKind } from '../types.js';

/** The three analysis paths take the same call. */
type AnalysisCall = Call<'GET', '/analyses/{analysis_id}'> | Call<'GET', '/url/{analysis_id}'> | Call<'GET', '/endpoint-analyses/{analysis_id}'>;

export function getAnalysis({ params, now, state }: AnalysisCall, kind: ScanKind): Reply {
  const an = state.store.analyses.get(params.analysis_id);
  if (!an || an.kind !== kind || an.forced === 'missing') return fail(404, 'Analysis was not found');
  if (an.forced === 'failed') return ok({ status: 'failed' });
  const running = an.forced ? an.forced === 'running' : now < an.readyAt;
  if (running) return ok({ status: 'in_progress' }, 202);
  return ok({ status: 'succeeded', result: reportWire(an) });
}
