/** `POST /get-access-token`: the configured key gets a token; any other key, 401. */
import type { Call } from '../call.js';
import { fail, ok, type Reply } from '../reply.js';

export function getAccessToken({ body, now, state }: Call<'POST', '/get-access-token'>): Reply {
  if (body.api_key !== state.config.apiKey) return fail(401, 'Invalid api key');
  const { token, expireAt } = state.tokens.issue(now);
  return ok({ result: token, expire_at: expireAt });
}
