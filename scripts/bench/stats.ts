/** Timing loops, medians and the printed table of the benchmark. */

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** `n` calls one after another; elapsed ms. */
export async function sequential(n: number, call: (i: number) => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  for (let i = 0; i < n; i++) await call(i);
  return performance.now() - t0;
}

/** `n` calls shared by `workers` concurrent loops; elapsed ms. */
export async function concurrent(n: number, workers: number, call: (i: number) => Promise<unknown>): Promise<number> {
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: workers }, async () => {
      while (next < n) await call(next++);
    }),
  );
  return performance.now() - t0;
}

/** `n` synchronous calls; elapsed ms. */
export function loop(n: number, call: () => void): number {
  const t0 = performance.now();
  for (let i = 0; i < n; i++) call();
  return performance.now() - t0;
}

export interface Row {
  name: string;
  value: string;
  ratio?: string;
  target?: string;
  ok?: boolean;
}

export function printTable(title: string, sections: [string, Row[]][]): void {
  const cells = (r: Row) => [`  ${r.name}`, r.value, r.ratio ?? '', r.target ?? '', r.ok === undefined ? '' : r.ok ? 'ok' : 'MISSED'];
  const all = sections.flatMap(([, rows]) => rows.map(cells));
  const widths = [0, 1, 2, 3].map((c) => Math.max(...all.map((r) => r[c]!.length)));
  console.log(title);
  for (const [heading, rows] of sections) {
    console.log(heading);
    for (const r of rows) {
      const c = cells(r);
      console.log(`${c[0]!.padEnd(widths[0]!)}  ${c[1]!.padStart(widths[1]!)}  ${c[2]!.padStart(widths[2]!)}  ${c[3]!.padEnd(widths[3]!)}  ${c[4]}`.trimEnd());
    }
  }
}
