/** CSV (RFC 4180): writing fields, and reading a small file into rows with their line numbers. */

function csvField(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvRow(values: readonly string[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

export interface CsvRecord {
  /** 1-based line where the record starts. */
  line: number;
  fields: string[];
}

export class CsvSyntaxError extends Error {
  readonly line: number;
  constructor(line: number, message: string) {
    super(`line ${line}: ${message}`);
    this.line = line;
  }
}

/** Every record, blank lines left out. Quoted fields may hold commas, quotes ("") and newlines. */
export function parseCsv(text: string): CsvRecord[] {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let line = 1;
  let i = 0;
  while (i < src.length) {
    const start = line;
    const fields: string[] = [];
    let field = '';
    let quotedField = false;
    for (;;) {
      const c = src[i];
      if (c === undefined || c === '\n' || c === '\r') {
        fields.push(field);
        if (c === '\r' && src[i + 1] === '\n') i++;
        if (c !== undefined) {
          i++;
          line++;
        }
        break;
      }
      if (c === '"' && field === '' && !quotedField) {
        quotedField = true;
        i++;
        for (;;) {
          const q = src[i];
          if (q === undefined) throw new CsvSyntaxError(start, 'a quoted field is not closed');
          if (q === '"') {
            if (src[i + 1] === '"') {
              field += '"';
              i += 2;
              continue;
            }
            i++;
            break;
          }
          if (q === '\n') line++;
          field += q;
          i++;
        }
        const after = src[i];
        if (after !== undefined && after !== ',' && after !== '\n' && after !== '\r') {
          throw new CsvSyntaxError(line, 'text after a closing quote');
        }
        continue;
      }
      if (c === ',') {
        fields.push(field);
        field = '';
        quotedField = false;
        i++;
        continue;
      }
      field += c;
      i++;
    }
    if (!(fields.length === 1 && fields[0] === '' && !quotedField)) records.push({ line: start, fields });
  }
  return records;
}
