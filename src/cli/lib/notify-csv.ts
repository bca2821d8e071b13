/**
 * The --csv input of notify: a header naming the id (`id`, or `alert_id` as `search --format
 * csv` writes it) and optionally `environment`, then one alert per row; other columns are
 * ignored, so search's output feeds notify as it is. `-` reads stdin. Every row is checked
 * before anything is sent; every problem is reported with its line.
 */
import { readFile } from 'node:fs/promises';
import { parseCsv, CsvSyntaxError } from './csv.js';
import { UsageError } from './usage-error.js';

/** Names the id column may have (search writes `alert_id`). */
const ID_COLUMNS = ['id', 'alert_id'];

async function readAll(file: string): Promise<string> {
  if (file !== '-') return readFile(file, 'utf8');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export interface NotifyTarget {
  alertId: string;
  environment?: string;
  /** The CSV line, when read from a file. */
  line?: number;
}

export class CsvValidationError extends UsageError {
  readonly problems: string[];
  constructor(file: string, problems: string[]) {
    super(`${file}: ${problems.length === 1 ? problems[0] : `${problems.length} problems, the first: ${problems[0]}`}; nothing was sent`);
    this.problems = problems;
  }
}

export async function readNotifyCsv(file: string): Promise<NotifyTarget[]> {
  let text: string;
  try {
    text = await readAll(file);
  } catch (err) {
    throw new UsageError(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  let records;
  try {
    records = parseCsv(text);
  } catch (err) {
    if (err instanceof CsvSyntaxError) throw new CsvValidationError(file, [err.message]);
    throw err;
  }
  const [header, ...rows] = records;
  if (!header) throw new CsvValidationError(file, ['line 1: the file is empty; expected a header "id,environment"']);
  const names = header.fields.map((f) => f.trim().toLowerCase());
  const problems: string[] = [];
  names.forEach((name, i) => {
    if ((ID_COLUMNS.includes(name) || name === 'environment') && names.indexOf(name) !== i)
      problems.push(`line ${header.line}: column "${name}" appears twice`);
  });
  const ids = names.filter((n) => ID_COLUMNS.includes(n));
  if (ids.length > 1) problems.push(`line ${header.line}: both "id" and "alert_id": give one id column`);
  const idAt = names.findIndex((n) => ID_COLUMNS.includes(n));
  if (idAt < 0) problems.push(`line ${header.line}: the header has no "id" (or "alert_id") column (a header line "id,environment" is required)`);
  if (problems.length) throw new CsvValidationError(file, problems);
  const envAt = names.indexOf('environment');

  const targets: NotifyTarget[] = [];
  for (const row of rows) {
    if (row.fields.length !== names.length) {
      problems.push(`line ${row.line}: ${row.fields.length} fields, the header has ${names.length}`);
      continue;
    }
    const alertId = row.fields[idAt]!.trim();
    if (alertId === '') {
      problems.push(`line ${row.line}: empty id`);
      continue;
    }
    const environment = envAt < 0 ? '' : row.fields[envAt]!.trim();
    targets.push({ alertId, line: row.line, ...(environment !== '' && { environment }) });
  }
  if (problems.length) throw new CsvValidationError(file, problems);
  if (targets.length === 0) throw new CsvValidationError(file, [`line ${header.line + 1}: no alerts after the header`]);
  return targets;
}
