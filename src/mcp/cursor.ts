/**
 * search_alerts' cursor: opaque to the agent, base64url of {o: the offset of the next page,
 * h: a hash of the search's other arguments}. A cursor is refused with arguments it was not
 * made for, so a page never silently belongs to another search.
 */
import { createHash } from 'node:crypto';
import { InvalidArgumentError } from '../index.js';

function canonical(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(canonical);
  if (v !== null && typeof v === 'object') {
    return Object.fromEntries(
      Object.entries(v)
        .filter(([, x]) => x !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([k, x]) => [k, canonical(x)]),
    );
  }
  return v;
}

/** The hash of the arguments a cursor belongs to (everything but the cursor itself). */
export function argumentsHash(args: Record<string, unknown>): string {
  const { cursor: _cursor, ...rest } = args;
  return createHash('sha256')
    .update(JSON.stringify(canonical(rest)))
    .digest('base64url')
    .slice(0, 22);
}

export function encodeCursor(offset: number, hash: string): string {
  return Buffer.from(JSON.stringify({ o: offset, h: hash })).toString('base64url');
}

/** The offset a cursor points at; InvalidArgumentError for a cursor that is malformed or made for other arguments. */
export function decodeCursor(cursor: string, hash: string): number {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = undefined;
  }
  const c = parsed as { o?: unknown; h?: unknown } | undefined;
  if (!c || typeof c !== 'object' || typeof c.o !== 'number' || !Number.isSafeInteger(c.o) || c.o < 0 || typeof c.h !== 'string') {
    throw new InvalidArgumentError('cursor is not one search_alerts gave: pass next_cursor exactly as it came, or leave cursor out to start again');
  }
  if (c.h !== hash) {
    throw new InvalidArgumentError(
      'cursor belongs to a search with other arguments: repeat the same arguments with it, or leave cursor out to start a new search',
    );
  }
  return c.o;
}
