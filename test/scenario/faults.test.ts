/**
 * The fault suite: every fault scenario of test/scenario/faults/, each against a simulator of
 * its own describe, in one file so that the rows they record share one table, printed after
 * the last of them (it shows in `npx vitest run --project scenario` as this file's stdout).
 */
import { afterAll, expect, vi } from 'vitest';
import { describeAbort } from './faults/abort.js';
import { describeBadInputs } from './faults/bad-inputs.js';
import { describeNothingLost } from './faults/nothing-lost.js';
import { describeTokenFaults } from './faults/tokens.js';
import { describeTransientFaults } from './faults/transient.js';
import { faultRowCount, formatFaultTable } from './helpers.js';

// The rate-limited runs take ~4 s alone, more on a loaded machine: more room than the default 5 s.
vi.setConfig({ testTimeout: 30_000 });

describeTransientFaults();
describeTokenFaults();
describeAbort();
describeBadInputs();
describeNothingLost();

afterAll(() => {
  console.log(`\n${formatFaultTable()}\n`);
  // Every scenario that ran recorded its row (a missing row means a scenario died before it).
  expect(faultRowCount()).toBeGreaterThan(0);
});
