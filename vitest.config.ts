/**
 * Three vitest projects, all run by `npm test` (= `vitest run`):
 *  - unit: every test/**\/*.test.ts outside test/contract and test/scenario (no servers of
 *    their own beyond what a test starts in-process);
 *  - contract: test/contract, against Prism mocks of openapi/openapi.yaml that
 *    test/contract/global-setup.ts starts before and stops after the project;
 *  - scenario: test/scenario (may hold no file yet).
 * `vitest run --project contract` (or unit, scenario) runs one of them.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // A project without any test file (scenario, for now) does not fail a run of all projects,
    // but `vitest run --project scenario` alone would ("No test files found") without this.
    // It is a root-only option (vitest does not take it per project).
    passWithNoTests: true,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/contract/**', 'test/scenario/**', '**/node_modules/**'],
        },
      },
      {
        test: {
          name: 'contract',
          include: ['test/contract/**/*.test.ts'],
          globalSetup: ['test/contract/global-setup.ts'],
          // Prism answers in milliseconds; a hung call should fail, not stall the run.
          testTimeout: 15_000,
        },
      },
      {
        test: {
          name: 'scenario',
          include: ['test/scenario/**/*.test.ts'],
        },
      },
    ],
  },
});
