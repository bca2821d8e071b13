/**
 * `search`: the alert history, streamed. Each alert is written as its page arrives (one
 * page in memory at a time), in table, json (a streamed array), jsonl or csv. With
 * --limit-total the pages are fetched one at a time, the last one asking only for what is
 * left: 150 alerts are 2 requests (100 + 50), never pages fetched ahead and thrown away.
 */
import { Option, type Command } from 'commander';
import { SORT_ORDERS, TIME_FILTER_TYPES } from '../../facade/history-filters.js';
import { queryAlertsHistory, type AlertRecord, type AlertsHistoryFilters, type IntezerClient } from '../../index.js';
import type { CliContext } from '../context.js';
import { ALERT_FORMATS, alertSink, type AlertFormat } from '../lib/alert-formats.js';
import { filterFlags, filtersFromFlags, type FilterFlag } from '../lib/filter-flags.js';
import { boolean, integerIn, timePoint } from '../lib/parsers.js';

interface SearchOptions extends Record<string, unknown> {
  since?: Date;
  until?: Date;
  limitTotal?: number;
  pageSize?: number;
  offset?: number;
  sortOrder?: AlertsHistoryFilters['sortOrder'];
  timeFilterType?: AlertsHistoryFilters['timeFilterType'];
  isMitigated?: boolean;
  format: AlertFormat;
}

function filtersOf(opts: SearchOptions, flags: readonly FilterFlag[]): AlertsHistoryFilters {
  const filters = filtersFromFlags(flags, opts) as AlertsHistoryFilters;
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

/** Exactly `total` alerts at most, page by page from `filters.offset`, each request asking for no more than is left. */
async function* limited(filters: AlertsHistoryFilters, client: IntezerClient, total: number, pageSize: number): AsyncGenerator<AlertRecord> {
  let offset = filters.offset ?? 0;
  for (let left = total; left > 0;) {
    const limit = Math.min(pageSize, left);
    const page = await queryAlertsHistory({ ...filters, offset, limit, concurrency: 1, client }).currentPage();
    yield* page.slice(0, left);
    left -= page.length;
    offset += page.length;
    if (page.length < limit) return;
  }
}

export function registerSearch(program: Command, ctx: CliContext): void {
  const flags = filterFlags();
  const cmd = program
    .command('search')
    .description('search the alert history, streaming each alert as it arrives')
    .option('--since <when>', 'alerts from this time on: a duration ago (7d, 12h, 30m), "now", or ISO 8601', timePoint)
    .option('--until <when>', 'alerts up to this time (same forms as --since)', timePoint);
  for (const { option } of flags) cmd.addOption(option);
  cmd
    .option('--is-mitigated <bool>', 'only mitigated (true) or unmitigated (false) alerts', boolean)
    .addOption(new Option('--time-filter-type <type>', 'which time --since/--until apply to').choices(TIME_FILTER_TYPES))
    .addOption(new Option('--sort-order <order>', 'sort order').choices(SORT_ORDERS))
    .option('--limit-total <n>', 'stop after this many alerts', integerIn(0))
    .option('--page-size <n>', 'alerts fetched per request (1-100)', integerIn(1, 100))
    .option('--offset <n>', 'skip this many alerts first', integerIn(0))
    .addOption(new Option('--format <format>', 'output format').choices(ALERT_FORMATS).default('table'))
    .action(async (opts: SearchOptions, command: Command) => {
      const filters = filtersOf(opts, flags);
      if (opts.limitTotal === 0) {
        const sink = alertSink(opts.format, ctx.out);
        await sink.begin();
        await sink.end();
        return;
      }
      const client = await ctx.session(command).client();
      const history =
        opts.limitTotal !== undefined ? limited(filters, client, opts.limitTotal, opts.pageSize ?? 100) : queryAlertsHistory({ ...filters, client });
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
