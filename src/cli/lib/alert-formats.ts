/**
 * Streaming output of alert records: table, json (a streamed array), jsonl and csv. Each
 * record is written as it arrives; only the fixed columns of table/csv are kept per row.
 */
import type { AlertRecord } from '../../index.js';
import { csvRow } from './csv.js';
import type { OutputWriter } from './writer.js';

export const ALERT_FORMATS = ['table', 'json', 'jsonl', 'csv'] as const;
export type AlertFormat = (typeof ALERT_FORMATS)[number];

/** Columns of table and csv, and the width each gets in a table. */
export const ALERT_COLUMNS = [
  // 64: a phishing alert's id is the SHA-256 of its email.
  ['alert_id', 64],
  ['environment', 12],
  ['source', 18],
  ['verdict', 20],
  ['family', 16],
  ['alert_update_time', 25],
] as const;

function text(v: unknown): string {
  return typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v);
}

/** The fixed columns of one record. */
function alertColumns(record: AlertRecord): string[] {
  const triage = (record.triage_result ?? {}) as { alert_verdict?: unknown; family_name?: unknown };
  return [
    text(record.alert_id),
    text(record.environment),
    text(record.source),
    text(triage.alert_verdict),
    text(triage.family_name),
    text(record.alert_update_time),
  ];
}

/**
 * One table cell: "-" when empty, on one line, cut to the column's width with "…" so a
 * streamed table stays aligned. The alert id (first; padded to the 64 characters of a
 * SHA-256) and the last column are never cut.
 */
function tableCell(value: string, column: number): string {
  const shown = value === '' ? '-' : value.replace(/\s*[\r\n]+\s*/g, ' ');
  if (column === ALERT_COLUMNS.length - 1) return shown;
  const width = ALERT_COLUMNS[column]![1];
  if (column > 0 && shown.length > width) return `${shown.slice(0, width - 1)}…`;
  return shown.padEnd(width);
}

function tableLine(values: readonly string[]): string {
  return `${values.map(tableCell).join('  ')}\n`;
}

export interface AlertSink {
  begin(): Promise<void>;
  item(record: AlertRecord): Promise<void>;
  /** Only after the last record: a json array is closed here, so a failed run leaves it open. */
  end(): Promise<void>;
}

export function alertSink(format: AlertFormat, out: OutputWriter): AlertSink {
  const names = ALERT_COLUMNS.map(([name]) => name);
  switch (format) {
    case 'jsonl':
      return { begin: async () => {}, item: (r) => out.line(r), end: async () => {} };
    case 'json': {
      let first = true;
      return {
        begin: () => out.write('['),
        item: (r) => {
          const sep = first ? '\n' : ',\n';
          first = false;
          return out.write(`${sep}${JSON.stringify(r)}`);
        },
        end: () => out.write(first ? ']\n' : '\n]\n'),
      };
    }
    case 'csv':
      return { begin: () => out.write(csvRow(names)), item: (r) => out.write(csvRow(alertColumns(r))), end: async () => {} };
    case 'table':
      return {
        begin: () => out.write(tableLine(names.map((n) => n.toUpperCase()))),
        item: (r) => out.write(tableLine(alertColumns(r))),
        end: async () => {},
      };
  }
}
