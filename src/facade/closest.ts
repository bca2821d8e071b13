/** "Did you mean …?": the known name or value nearest to a misspelt one, if one is near enough. */

/** Edits (insert, delete, replace, swap two neighbours) between two strings, case ignored. */
function distance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  let prev2: number[] = [];
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const row = [i];
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
    }
    prev2 = prev;
    prev = row;
  }
  return prev[t.length]!;
}

/**
 * The known string nearest to `given`, when it is within about a third of its length (at
 * least 1 edit): `fetchscans` → `fetchScans`, `confirmed_threats` → `confirmed_threat`, `wiat`
 * → `wait`; a one-letter `b` is near nothing.
 */
function closest(given: string, known: Iterable<string>): string | undefined {
  const limit = Math.max(1, Math.floor(given.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const k of known) {
    // The lengths' difference is a lower bound of the distance: a value far longer than every
    // known one (a megabyte of text) is near none, found without a quadratic comparison.
    if (Math.abs(given.length - k.length) > limit) continue;
    const d = distance(given, k);
    if (d < bestDistance) [best, bestDistance] = [k, d];
  }
  return bestDistance <= limit ? best : undefined;
}

/** ` (did you mean "x"?)`, or the known ones when none is near: for the end of a message. */
export function suggestion(given: string, known: readonly string[]): string {
  const near = closest(given, known);
  return near !== undefined ? ` (did you mean "${near}"?)` : ` (known: ${known.join(', ')})`;
}
