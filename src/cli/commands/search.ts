/**
 * `search`: the alert history, streamed. Each alert is written as its page arrives (one
 * page in memory at a time), in table, json (a streamed array), jsonl or csv.
 */
import { Option, type Command } from 'commander';
import { queryAlertsHistory, type AlertsHistoryFilters } from '../../index.js';
import type { CliContext } from '../context.js';
import { ALERT_FORMATS, alertSink, type AlertFormat } from '../lib/alert-formats.js';
import { boolean, integerIn, list, repeat, timePoint } from '../lib/parsers.js';

/** List filters: option name → filter key. Repeatable, comma-separated. */
const LIST_OPTIONS = [
  ['environment', 'environments', 'environment'],
  ['source', 'sources', 'alert source (s1, cs, splunk_siem, microsoft_sentinel, xsoar, phishing_emails, …)'],
  ['verdict', 'alertVerdicts', 'triage verdict (confirmed_threat, likely_true_positive, suspicious_behavior, false_positive, inconclusive, …)'],
  ['family', 'familyNames', 'malware family name'],
  ['risk-category', 'riskCategories', 'risk category'],
  ['response-status', 'responseStatuses', 'response status'],
  ['hostname', 'hostnames', 'hostname'],
  ['username', 'usernames', 'user name'],
  ['file-hash', 'fileHashes', 'file hash'],
  ['process-commandline', 'processCommandlines', 'process command line (not split on commas)'],
  ['device-private-ip', 'devicePrivateIps', 'device private IP'],
  ['device-external-ip', 'deviceExternalIps', 'device external IP'],
  ['device-id', 'deviceIds', 'device id'],
  ['ip', 'ips', 'IP address'],
  ['domain', 'domains', 'domain'],
  ['incident-id', 'incidentIds', 'incident id'],
  ['exclude-alert-id', 'excludeAlertIds', 'alert id to leave out'],
  ['sort-by', 'sortBy', 'sort field (CREATION_TIME, TRIAGE_TIME, TRIAGE_CHANGE_TIME, ALERT_UPDATE_TIME)'],
] as const;

/** Single-string filters. */
const STRING_OPTIONS = [
  ['free-text', 'freeText', 'free text'],
  ['site-name', 'siteName', 'site name'],
  ['account-name', 'accountName', 'account name'],
  ['email-sender', 'emailSender', 'email sender'],
  ['email-recipient', 'emailRecipient', 'email recipient'],
  ['email-subject', 'emailSubject', 'email subject'],
  ['email-cc', 'emailCc', 'email Cc'],
  ['email-bcc', 'emailBcc', 'email Bcc'],
  ['email-message-id', 'emailMessageId', 'email Message-ID'],
  ['email-reported-by', 'emailReportedBy', 'who reported the email'],
] as const;

const TIME_FILTER_TYPES = ['creation_time', 'triage_time', 'triage_change_time', 'triage_or_triage_change_time', 'alert_update_time'];

type Camel<S extends string> = S extends `${infer H}-${infer T}` ? `${H}${Capitalize<Camel<T>>}` : S;
const camel = <S extends string>(s: S) => s.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase()) as Camel<S>;

interface SearchOptions extends Record<string, unknown> {
  since?: Date;
  until?: Date;
  limitTotal?: number;
  pageSize?: number;
  offset?: number;
  sortOrder?: 'asc' | 'desc';
  timeFilterType?: AlertsHistoryFilters['timeFilterType'];
  isMitigated?: boolean;
  format: AlertFormat;
}

export function filtersOf(opts: SearchOptions): AlertsHistoryFilters {
  const filters: AlertsHistoryFilters = {};
  const f = filters as Record<string, unknown>;
  for (const [name, key] of [...LIST_OPTIONS, ...STRING_OPTIONS]) {
    const v = opts[camel(name)];
    if (v !== undefined) f[key] = v;
  }
  if (opts.since !== undefined) filters.startTime = opts.since;
  if (opts.until !== undefined) filters.endTime = opts.until;
  if (opts.offset !== undefined) filters.offset = opts.offset;
  // Never ask for more than --limit-total needs.
  const page = opts.pageSize ?? 100;
  filters.limit = opts.limitTotal !== undefined ? Math.max(1, Math.min(page, opts.limitTotal)) : page;
  if (opts.sortOrder !== undefined) filters.sortOrder = opts.sortOrder;
  if (opts.timeFilterType !== undefined) filters.timeFilterType = opts.timeFilterType;
  if (opts.isMitigated !== undefined) filters.isMitigated = opts.isMitigated;
  return filters;
}

export function registerSearch(program: Command, ctx: CliContext): void {
  const cmd = program
    .command('search')
    .description('search the alert history, streaming each alert as it arrives')
    .option('--since <when>', 'alerts from this time on: a duration ago (7d, 12h, 30m), "now", or ISO 8601', timePoint)
    .option('--until <when>', 'alerts up to this time (same forms as --since)', timePoint);
  for (const [name, , what] of LIST_OPTIONS) {
    if (name === 'process-commandline') cmd.option(`--${name} <value>`, `${what}; repeatable`, repeat);
    else cmd.option(`--${name} <value>`, `${what}; repeatable or comma-separated`, list);
  }
  for (const [name, , what] of STRING_OPTIONS) cmd.option(`--${name} <text>`, what);
  cmd
    .option('--is-mitigated <bool>', 'only mitigated (true) or unmitigated (false) alerts', boolean)
    .addOption(new Option('--time-filter-type <type>', 'which time --since/--until apply to').choices(TIME_FILTER_TYPES))
    .addOption(new Option('--sort-order <order>', 'sort order').choices(['asc', 'desc']))
    .option('--limit-total <n>', 'stop after this many alerts', integerIn(0))
    .option('--page-size <n>', 'alerts fetched per request (1-100)', integerIn(1, 100))
    .option('--offset <n>', 'skip this many alerts first', integerIn(0))
    .addOption(new Option('--format <format>', 'output format').choices(ALERT_FORMATS).default('table'))
    .action(async (opts: SearchOptions, command: Command) => {
      const filters = filtersOf(opts);
      if (opts.limitTotal === 0) {
        const sink = alertSink(opts.format, ctx.out);
        await sink.begin();
        await sink.end();
        return;
      }
      const client = await ctx.session(command).client();
      const history = queryAlertsHistory({ ...filters, client });
      const sink = alertSink(opts.format, ctx.out);
      let written = 0;
      // The header / opening bracket waits for the first alert, so a refused call prints nothing.
      for await (const alert of history) {
        if (written === 0) await sink.begin();
        await sink.item(alert);
        if (++written === opts.limitTotal) break;
      }
      if (written === 0) await sink.begin();
      await sink.end();
    });
}
