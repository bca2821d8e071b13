/**
 * `get <alert-id>`: one alert's status, verdict and family; `--scans` adds its analyses.
 * Dates are printed as the service sent them (ISO 8601 with an offset), never reformatted,
 * so a date at the top level reads the same as inside `alert`.
 */
import { Option, type Command } from 'commander';
import { Alert, type Scan } from '../../index.js';
import type { CliContext } from '../context.js';
import { durationMs } from '../lib/parsers.js';
import { waitTimeoutOf } from '../lib/wait-timeout.js';

interface GetOptions {
  environment?: string;
  wait?: boolean;
  waitTimeout?: number;
  scans?: boolean;
  format: 'json' | 'table';
}

function scanSummary(scan: Scan): Record<string, unknown> {
  const j = scan.toJSON();
  return { scan_type: j.kind, analysis_id: j.analysisId, status: j.status, verdict: j.verdict, report: j.report };
}

export function alertSummary(alert: Alert, withScans: boolean): Record<string, unknown> {
  const record = alert.status === 'not_found' ? null : alert.result();
  return {
    alert_id: alert.alertId,
    status: alert.status,
    verdict: alert.verdict ?? null,
    family_name: alert.familyName ?? null,
    environment: alert.environment ?? null,
    source: alert.source ?? null,
    sender: alert.sender ?? null,
    intezer_alert_url: alert.intezerAlertUrl ?? null,
    alert_update_time: record?.alert_update_time ?? null,
    alert: record,
    ...(withScans && { scans: alert.scans.map(scanSummary) }),
  };
}

function table(summary: Record<string, unknown>): string {
  const rows: [string, string][] = [];
  for (const key of ['alert_id', 'status', 'verdict', 'family_name', 'environment', 'source', 'sender', 'intezer_alert_url', 'alert_update_time']) {
    const v = summary[key];
    rows.push([key, v === null || v === undefined ? '-' : String(v)]);
  }
  const scans = summary.scans as Record<string, unknown>[] | undefined;
  for (const s of scans ?? []) rows.push([`scan ${String(s.scan_type)}`, `${String(s.analysis_id)}  ${String(s.status)}  ${String(s.verdict ?? '-')}`]);
  const width = Math.max(...rows.map(([k]) => k.length));
  return rows.map(([k, v]) => `${k.padEnd(width)}  ${v}\n`).join('');
}

export function registerGet(program: Command, ctx: CliContext): void {
  program
    .command('get')
    .description('show one alert: its status, verdict and family (an alert still in triage shows status in_progress)')
    .argument('<alert-id>', 'the alert id')
    .option('--environment <name>', 'the environment the alert belongs to (needed when the id exists in several)')
    .option('--wait', 'wait until triage finishes')
    .option('--wait-timeout <duration>', 'give up waiting after this long (ms, or 30s, 10m…; default: --timeout if given, else no limit)', durationMs)
    .option('--scans', 'also load the analyses behind the alert (file, URL, endpoint)')
    .addOption(new Option('--format <format>', 'output format').choices(['json', 'table']).default('json'))
    .action(async (alertId: string, opts: GetOptions, cmd: Command) => {
      const session = ctx.session(cmd);
      const client = await session.client();
      const timeoutMs = waitTimeoutOf(opts.waitTimeout, session.options);
      const alert = await Alert.fromId(alertId, {
        client,
        ...(opts.environment !== undefined && { environment: opts.environment }),
        wait: opts.wait ?? false,
        ...(timeoutMs !== undefined && { timeoutMs }),
        fetchScans: opts.scans ?? false,
        raiseOnInProgress: false,
      });
      const summary = alertSummary(alert, opts.scans ?? false);
      await ctx.out.write(opts.format === 'table' ? table(summary) : `${JSON.stringify(summary, null, 2)}\n`);
    });
}
