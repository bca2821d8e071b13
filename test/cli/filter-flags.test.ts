/** The search flags come from the facade's table of history filters: one flag per filter. */
import { describe, expect, it } from 'vitest';
import { HISTORY_FILTERS, type HistoryFilter } from '../../src/facade/history-filters.js';
import { CliContext } from '../../src/cli/context.js';
import { filterFlag, filterFlags, filtersFromFlags } from '../../src/cli/lib/filter-flags.js';
import { buildProgram } from '../../src/cli/program.js';

describe('search filter flags', () => {
  it('are one per filter of the table, in its order, under the names the CLI has always had', () => {
    const flags = filterFlags();
    expect(flags.map((f) => f.filter)).toEqual([...HISTORY_FILTERS]);
    expect(flags.map((f) => f.name)).toEqual([
      'environment',
      'source',
      'verdict',
      'family',
      'risk-category',
      'response-status',
      'hostname',
      'username',
      'file-hash',
      'process-commandline',
      'device-private-ip',
      'device-external-ip',
      'device-id',
      'ip',
      'domain',
      'incident-id',
      'exclude-alert-id',
      'sort-by',
      'free-text',
      'site-name',
      'account-name',
      'email-sender',
      'email-recipient',
      'email-subject',
      'email-cc',
      'email-bcc',
      'email-message-id',
      'email-reported-by',
    ]);
  });

  it('are each registered on the search command', () => {
    const search = buildProgram(new CliContext()).commands.find((c) => c.name() === 'search')!;
    const registered = new Set(search.options.map((o) => o.long));
    for (const { name } of filterFlags()) expect(registered, name).toContain(`--${name}`);
  });

  it('set the filter of their row, by its facade key', () => {
    const flags = filterFlags();
    const opts = Object.fromEntries(flags.map((f) => [f.option.attributeName(), `value of ${f.name}`]));
    const filters = filtersFromFlags(flags, opts);
    expect(Object.keys(filters)).toEqual(HISTORY_FILTERS.map((f) => f.key));
    expect(filters.alertVerdicts).toBe('value of verdict');
    expect(filtersFromFlags(flags, {})).toEqual({});
  });

  it('give a filter added to the table a flag of its own: the kebab-case singular for a list, kebab-case for a string', () => {
    const row = (key: string, kind: 'list' | 'string') => ({ key, wire: key, kind }) as unknown as HistoryFilter;
    const cases: [HistoryFilter, string, string][] = [
      [row('threatCategories', 'list'), '--threat-category <value>', 'threat category; repeatable or comma-separated'],
      [row('mailboxAddresses', 'list'), '--mailbox-address <value>', 'mailbox address; repeatable or comma-separated'],
      [row('ruleStatuses', 'list'), '--rule-status <value>', 'rule status; repeatable or comma-separated'],
      [row('urls', 'list'), '--url <value>', 'url; repeatable or comma-separated'],
      [row('ticketOwner', 'string'), '--ticket-owner <text>', 'ticket owner'],
    ];
    for (const [filter, flags, help] of cases) {
      const { option } = filterFlag(filter);
      expect(option.flags).toBe(flags);
      expect(option.description).toBe(help);
    }
  });

  it('split list values on commas, except those kept whole, and take each flag again', () => {
    const byName = new Map(filterFlags().map((f) => [f.name, f.option]));
    const parse = (name: string, ...values: string[]) => values.reduce<unknown>((prev, v) => byName.get(name)!.parseArg!(v, prev as string[]), undefined);
    expect(parse('source', 's1', 'cs, xsoar')).toEqual(['s1', 'cs', 'xsoar']);
    expect(parse('process-commandline', 'cmd.exe /c a,b', 'sh')).toEqual(['cmd.exe /c a,b', 'sh']);
    expect(byName.get('email-cc')!.parseArg).toBeUndefined();
  });
});
