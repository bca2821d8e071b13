/**
 * A value outside a known set (a verdict, a source, a risk category, …) is still sent, since
 * the service adds values, but never silently: one warning per client and value, naming the
 * nearest known one. The CLI prints it on stderr. Before, `search --verdict confirmed_threats`
 * printed an empty CSV and exited 0: a cron export that stays empty forever.
 */
import { describe, expect, it } from 'vitest';
import type { Logger } from '../../src/client/log.js';
import { Alert, InvalidArgumentError, queryAlertsHistory } from '../../src/index.js';
import { ok } from '../helpers/answers.js';
import { useFakeService } from '../facade/service.js';
import { runCli, simArgs, withSimulator } from '../cli/run-cli.js';

const svc = useFakeService();
const SEARCH = 'POST /alerts/search';
const EMAIL = Buffer.from('From: a@example.com\r\nSubject: hi\r\n\r\nbody');

function recorder(): { logger: Logger; warnings: string[] } {
  const warnings: string[] = [];
  const none = () => {};
  return { logger: { debug: none, info: none, error: none, warn: (m: string) => void warnings.push(m) }, warnings };
}

describe('history filters with a value outside the known set', () => {
  it.each([
    ['alertVerdicts', 'alert_verdicts', 'confirmed_threats', 'confirmed_threat'],
    ['sources', 'sources', 'crowdstrike_', undefined],
    ['sources', 'sources', 'S1', 's1'],
    ['riskCategories', 'risk_categories', 'malwre', 'malware'],
    ['responseStatuses', 'response_statuses', 'escalate', 'escalated'],
    ['sortBy', 'sort_by', 'alert_update_time', 'ALERT_UPDATE_TIME'],
  ])('%s: "%s" is sent as given, with one warning naming the nearest known value', async (key, wire, value, nearest) => {
    svc.routes({ [SEARCH]: () => ok.alertsList });
    const { logger, warnings } = recorder();
    await queryAlertsHistory({ [key]: [value], client: svc.client({ logger }) }).all();
    expect((svc.callsTo(SEARCH)[0]!.json as Record<string, unknown>)[wire]).toEqual([value]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(`${key}: "${value}" is not a known value`);
    if (nearest) expect(warnings[0]).toContain(`did you mean "${nearest}"?`);
    else expect(warnings[0]).toMatch(/known: s1, cs, /);
  });

  it('once per client and value: the same value again is quiet, another client or value warns again; known values never', async () => {
    svc.routes({ [SEARCH]: () => ok.alertsList });
    const first = recorder();
    const client = svc.client({ logger: first.logger });
    await queryAlertsHistory({ alertVerdicts: ['confirmed_threats', 'inconclusive'], sources: ['s1', 'audited_source'], client }).all();
    await queryAlertsHistory({ alertVerdicts: ['confirmed_threats'], client }).all();
    await queryAlertsHistory({ alertVerdicts: ['false_positives'], client }).all();
    expect(first.warnings.map((w) => w.match(/"([^"]+)" is not/)![1])).toEqual(['audited_source', 'confirmed_threats', 'false_positives']);
    const second = recorder();
    await queryAlertsHistory({ alertVerdicts: ['confirmed_threats'], client: svc.client({ logger: second.logger }) }).all();
    expect(second.warnings).toHaveLength(1);
  });

  it('the warning is logged when the query is made, before any request (and is silent at level error)', () => {
    const { logger, warnings } = recorder();
    queryAlertsHistory({ alertVerdicts: ['confirmed_threats'], client: svc.client({ logger }) });
    expect(warnings).toHaveLength(1);
    expect(svc.server.calls()).toHaveLength(0);
    const quiet = recorder();
    queryAlertsHistory({ alertVerdicts: ['confirmed_threats'], client: svc.client({ logger: quiet.logger, logLevel: 'error' }) });
    expect(quiet.warnings).toHaveLength(0);
  });

  it('timeFilterType and sortOrder are closed sets in the document: another value is refused, nearest named', () => {
    const client = svc.client();
    expect(() => queryAlertsHistory({ timeFilterType: 'alert_updated_time' as 'alert_update_time', client })).toThrow(
      /timeFilterType must be one of .* \(did you mean "alert_update_time"\?\)/,
    );
    expect(() => queryAlertsHistory({ sortOrder: 'DESC' as 'desc', client })).toThrow(InvalidArgumentError);
    expect(() => queryAlertsHistory({ sortOrder: 'DESC' as 'desc', client })).toThrow(/did you mean "desc"/);
  });
});

describe('sendPhishingEmail defaultVerdict outside the known verdicts', () => {
  it('is sent as given, with one warning naming the nearest verdict', async () => {
    svc.routes({ 'POST /alerts/ingest/binary': () => ok.ingest });
    const { logger, warnings } = recorder();
    await Alert.sendPhishingEmail({ rawEmail: EMAIL, defaultVerdict: 'false_positives', client: svc.client({ logger }) });
    const form = svc.callsTo('POST /alerts/ingest/binary')[0]!.parts!;
    expect(form.find((p) => p.name === 'default_verdict')!.data.toString()).toBe('false_positives');
    expect(warnings).toEqual([
      expect.stringMatching(/defaultVerdict: "false_positives" is not a known value \(did you mean "false_positive"\?\); it is sent as given/),
    ]);
  });
});

describe('the CLI', () => {
  it(
    'search --verdict confirmed_threats prints the warning on stderr (and still the empty result it got)',
    () =>
      withSimulator({ seed: 5 }, async (sim) => {
        const r = await runCli([...simArgs(sim), 'search', '--verdict', 'confirmed_threats', '--format', 'csv']);
        expect(r.code).toBe(0);
        expect(r.stderr).toMatch(/warn: .*alertVerdicts: "confirmed_threats" is not a known value \(did you mean "confirmed_threat"\?\)/);
        expect(r.stderr.trim().split('\n')).toHaveLength(1);
      }),
    30_000,
  );
});

describe('the known sets', () => {
  it('are public frozen objects, as the verdicts and sources are', async () => {
    const sdk = await import('../../src/index.js');
    expect(sdk.RiskCategory).toEqual({
      MALWARE: 'malware',
      PHISHING: 'phishing',
      SUSPICIOUS_ACTIVITY: 'suspicious_activity',
      NO_THREAT: 'no_threat',
      UNKNOWN: 'unknown',
    });
    expect(sdk.ResponseStatus).toEqual({ ESCALATED: 'escalated', NO_ACTION_NEEDED: 'no_action_needed' });
    expect(Object.values(sdk.AlertsSortBy)).toEqual(['CREATION_TIME', 'TRIAGE_TIME', 'TRIAGE_CHANGE_TIME', 'ALERT_UPDATE_TIME']);
    for (const v of [sdk.RiskCategory, sdk.ResponseStatus, sdk.AlertsSortBy]) expect(Object.isFrozen(v)).toBe(true);
  });
});
