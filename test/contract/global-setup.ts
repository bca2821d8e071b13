/**
 * The contract project's global setup: one static Prism (the spec's examples) and one
 * dynamic Prism per seed (answers generated from the schemas), started in parallel on free
 * ports, their URLs provided to the tests as `inject('prism')`, all stopped afterwards.
 */
import type { TestProject } from 'vitest/node';
import { startPrisms } from './helpers/prism.js';

/** Prism reseeds its generator for every answer, so each seed gives one answer per operation. */
export const DYNAMIC_SEEDS = [1, 2, 3, 4, 5];

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const started = performance.now();
  const [staticPrism, ...dynamic] = await startPrisms([{}, ...DYNAMIC_SEEDS.map((seed) => ({ seed }))]);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`contract: Prism static + dynamic (seeds ${DYNAMIC_SEEDS.join(', ')}) answering after ${seconds} s`);
  const all = [staticPrism!, ...dynamic];
  project.provide('prism', {
    static: staticPrism!.url,
    dynamic: dynamic.map((p, i) => ({ seed: DYNAMIC_SEEDS[i]!, url: p.url })),
  });
  return async () => {
    await Promise.all(all.map((p) => p.stop()));
  };
}
