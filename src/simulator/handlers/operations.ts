/** `GET /{result_url}`: 202 while a delete operation runs, then 200 succeeded. */
import type { Call } from '../call.js';
import { fail, ok, type Reply } from '../reply.js';

export function getOperation({ params, state }: Call<'GET', '/{result_url}'>): Reply {
  const op = state.store.operations.get(params.result_url);
  if (!op) return fail(404, 'Not found');
  // The store settles due operations before every call, so `applied` tells whether it is done.
  if (!op.applied) return ok({ status: 'in_progress' }, 202);
  return ok({ status: 'succeeded', result: { deleted: true } });
}
