/**
 * Bad inputs of the public surface are refused with InvalidArgumentError before anything is sent: the
 * simulator of this describe never sees a single request (not even a token exchange).
 */
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { Alert, InvalidArgumentError, getAlertsByAlertIds, queryAlertsHistory, type IntezerClient } from '../../../src/index.js';
import { email, errorName, recordFault, rejectionOf, useScenarioSim } from '../helpers.js';

const HOUR = 3_600_000;

const CASES: [string, (client: IntezerClient) => Promise<unknown>][] = [
  ['sendPhishingEmail with neither rawEmail nor emailPath', (client) => Alert.sendPhishingEmail({ client })],
  ['sendPhishingEmail with both rawEmail and emailPath', (client) => Alert.sendPhishingEmail({ rawEmail: email('x'), emailPath: '/tmp/x.eml', client })],
  ['sendPhishingEmail with an empty email', (client) => Alert.sendPhishingEmail({ rawEmail: Buffer.alloc(0), client })],
  ['sendPhishingEmail with an empty stream', (client) => Alert.sendPhishingEmail({ rawEmail: Readable.from([]), client })],
  ['sendPhishingEmail with an unreadable path', (client) => Alert.sendPhishingEmail({ emailPath: '/nonexistent/dir/reported.eml', client })],
  ['fromId with a blank alert id', (client) => Alert.fromId('   ', { client })],
  ['getAlertsByAlertIds with an empty id list', (client) => getAlertsByAlertIds([], { client })],
  ['queryAlertsHistory with offset -1', async (client) => queryAlertsHistory({ offset: -1, client }).all()],
  ['queryAlertsHistory with limit 0', async (client) => queryAlertsHistory({ limit: 0, client }).all()],
  ['queryAlertsHistory with limit 101', async (client) => queryAlertsHistory({ limit: 101, client }).all()],
  [
    'queryAlertsHistory with startTime after endTime',
    async (client) => queryAlertsHistory({ startTime: new Date(Date.now() - HOUR), endTime: new Date(Date.now() - 2 * HOUR), client }).all(),
  ],
  ['getRawData without an environment', (client) => new Alert({ alertId: 'a'.repeat(32), client }).getRawData()],
];

export function describeBadInputs(): void {
  describe('bad inputs', () => {
    const env = useScenarioSim({ seed: 1 });
    const refused: string[] = [];
    afterAll(() => {
      recordFault({
        fault: `bad inputs of the public surface (${CASES.length} cases)`,
        outcome: [...new Set(refused)].map((n) => `${n} ×${refused.filter((r) => r === n).length}`).join(', '),
        wire: `requests: ${env.sim.count()}`,
      });
    });

    it.each(CASES)('%s → InvalidArgumentError and zero requests', async (_name, call) => {
      const err = await rejectionOf(call(env.client()));
      refused.push(errorName(err));
      expect(err).toBeInstanceOf(InvalidArgumentError);
      // Not one request reached the simulator since it started, token exchange included.
      expect(env.sim.count()).toBe(0);
    });
  });
}
