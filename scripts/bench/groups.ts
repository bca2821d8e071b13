/**
 * Interleaved groups of variants, for the per-call sections of `npm run bench`. A group runs
 * each of its variants `calls` times a round, in blocks: every block runs each variant once
 * (in a new, seeded order each block: what ran just before, e.g. a burst of concurrent calls
 * and its garbage, weighs on the next), and a ratio is taken per block, between runs a few ms
 * apart, then the median of all blocks of all rounds. The machine's speed drifts by ±20 %
 * from second to second; pairing per block keeps that drift out of the ratios.
 */
import { median } from './stats.js';

export type Kind = 'wall' | 'cpu';

export interface GroupTimes<V extends string> {
  blocksPerRound: number;
  /** Per variant, ms (wall or CPU) of each block, round after round. */
  wall: Partial<Record<V, number[]>>;
  cpu: Partial<Record<V, number[]>>;
}

let seed = 0x2545f491;
function shuffle<T>(xs: T[]): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    const j = seed % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Runs `group`'s variants in interleaved blocks of about `block` calls; `calls` a round. */
export async function interleaved<V extends string>(
  variants: Record<V, (n: number) => Promise<number>>,
  group: V[],
  o: { calls: number; rounds: number; block: number; onRound(round: number): void },
): Promise<GroupTimes<V>> {
  const blocks = Math.max(1, Math.round(o.calls / o.block));
  const out: GroupTimes<V> = { blocksPerRound: blocks, wall: {}, cpu: {} };
  for (const name of group) {
    out.wall[name] = [];
    out.cpu[name] = [];
  }
  for (let round = 0; round < o.rounds; round++) {
    o.onRound(round);
    for (let b = 0; b < blocks; b++) {
      for (const name of shuffle(group)) {
        const c0 = process.cpuUsage();
        out.wall[name]!.push(await variants[name](o.calls / blocks));
        const c = process.cpuUsage(c0);
        out.cpu[name]!.push((c.user + c.system) / 1000);
      }
    }
  }
  return out;
}

const series = <V extends string>(g: GroupTimes<V>, v: V, kind: Kind) => g[kind][v]!;

/** Median over blocks of a's time / b's time in the same block. */
export const paired = <V extends string>(g: GroupTimes<V>, a: V, b: V, kind: Kind = 'wall') =>
  median(series(g, a, kind).map((t, i) => t / series(g, b, kind)[i]!));

/** Each round's total: the sum of its blocks. */
export function roundTotals<V extends string>(g: GroupTimes<V>, v: V, kind: Kind = 'wall'): number[] {
  const blocks = series(g, v, kind);
  const totals: number[] = [];
  for (let i = 0; i < blocks.length; i += g.blocksPerRound) totals.push(blocks.slice(i, i + g.blocksPerRound).reduce((a, b) => a + b, 0));
  return totals;
}
