/**
 * The filter flags of `search`, one per row of the facade's table of history filters. A
 * list filter's flag is the kebab-case singular of its key (`fileHashes` → `--file-hash`),
 * repeatable and comma-separated; a string filter's is its key in kebab-case
 * (`emailSender` → `--email-sender`). FLAG_OVERRIDES holds only where that default is not
 * the flag wanted: another name, a more telling help, values that keep their commas.
 */
import { Option } from 'commander';
import { HISTORY_FILTERS, type HistoryFilter, type HistoryFilterKey } from '../../facade/history-filters.js';
import { list, repeat } from './parsers.js';

interface FlagOverride {
  name?: string;
  help?: string;
  /** Repeatable, but each value is kept whole: a command line holds commas. */
  whole?: true;
}

const FLAG_OVERRIDES: Partial<Record<HistoryFilterKey, FlagOverride>> = {
  sources: { help: 'alert source (s1, cs, splunk_siem, microsoft_sentinel, xsoar, phishing_emails, …)' },
  alertVerdicts: {
    name: 'verdict',
    help: 'triage verdict (confirmed_threat, likely_true_positive, suspicious_behavior, false_positive, inconclusive, …)',
  },
  familyNames: { name: 'family', help: 'malware family name' },
  usernames: { help: 'user name' },
  processCommandlines: { help: 'process command line (not split on commas)', whole: true },
  devicePrivateIps: { help: 'device private IP' },
  deviceExternalIps: { help: 'device external IP' },
  ips: { help: 'IP address' },
  excludeAlertIds: { help: 'alert id to leave out' },
  sortBy: { help: 'sort field (CREATION_TIME, TRIAGE_TIME, TRIAGE_CHANGE_TIME, ALERT_UPDATE_TIME)' },
  emailCc: { help: 'email Cc' },
  emailBcc: { help: 'email Bcc' },
  emailMessageId: { help: 'email Message-ID' },
  emailReportedBy: { help: 'who reported the email' },
};

export interface FilterFlag {
  /** The facade filter the flag sets. */
  readonly filter: HistoryFilter;
  /** Without the leading `--`. */
  readonly name: string;
  readonly option: Option;
}

function kebabCase(key: string): string {
  return key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/** The singular of an English plural, enough for the table's keys; FLAG_OVERRIDES names the rest. */
function singular(word: string): string {
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(?:ss|sh|ch|x|us)es$/.test(word)) return word.slice(0, -2);
  if (/[^s]s$/.test(word)) return word.slice(0, -1);
  return word;
}

/** The flag of one filter of the table. */
export function filterFlag(filter: HistoryFilter): FilterFlag {
  const o = FLAG_OVERRIDES[filter.key] ?? {};
  const name = o.name ?? (filter.kind === 'list' ? singular(kebabCase(filter.key)) : kebabCase(filter.key));
  const help = o.help ?? name.replace(/-/g, ' ');
  const option =
    filter.kind === 'string'
      ? new Option(`--${name} <text>`, help)
      : o.whole
        ? new Option(`--${name} <value>`, `${help}; repeatable`).argParser(repeat)
        : new Option(`--${name} <value>`, `${help}; repeatable or comma-separated`).argParser(list);
  return { filter, name, option };
}

/** A fresh flag (commander option) per filter of the table, in the table's order. */
export function filterFlags(): FilterFlag[] {
  return HISTORY_FILTERS.map(filterFlag);
}

/** The filters the parsed options set, by facade key. */
export function filtersFromFlags(flags: readonly FilterFlag[], opts: Record<string, unknown>): Partial<Record<HistoryFilterKey, unknown>> {
  const filters: Partial<Record<HistoryFilterKey, unknown>> = {};
  for (const { filter, option } of flags) {
    const v = opts[option.attributeName()];
    if (v !== undefined) filters[filter.key] = v;
  }
  return filters;
}
