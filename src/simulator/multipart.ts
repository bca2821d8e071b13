/** A small multipart/form-data parser (RFC 7578): enough for the ingest call. */
import { createHash } from 'node:crypto';

export interface Part {
  name: string;
  filename?: string;
  contentType?: string;
  data: Buffer;
  /** Memo of sha256Of. */
  sha256?: string;
}

/** The SHA-256 hex digest of a part's bytes, computed once. */
export function sha256Of(part: Part): string {
  return (part.sha256 ??= createHash('sha256').update(part.data).digest('hex'));
}

export class MultipartError extends Error {}

/** The boundary of a multipart Content-Type header, or undefined. */
export function boundaryOf(contentType: string | undefined): string | undefined {
  const m = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType ?? '');
  return m ? (m[1] ?? m[2]) : undefined;
}

function headerParam(header: string, param: string): string | undefined {
  const m = new RegExp(`;\\s*${param}=(?:"((?:[^"\\\\]|\\\\.)*)"|([^;\\s]*))`, 'i').exec(header);
  if (!m) return undefined;
  return m[1] !== undefined ? m[1].replace(/\\(.)/g, '$1') : m[2];
}

function parseHeaders(block: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of block.split('\r\n')) {
    const i = line.indexOf(':');
    if (i > 0) headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
  }
  return headers;
}

/** Splits a multipart body into its parts; throws MultipartError when it is malformed. */
export function parseMultipart(body: Buffer, boundary: string): Part[] {
  const delimiter = Buffer.from(`--${boundary}`);
  let pos = body.indexOf(delimiter);
  if (pos < 0) throw new MultipartError('boundary not found');
  const parts: Part[] = [];
  for (;;) {
    pos += delimiter.length;
    if (body.subarray(pos, pos + 2).toString() === '--') return parts; // closing delimiter
    if (body.subarray(pos, pos + 2).toString() !== '\r\n') throw new MultipartError('bad delimiter line');
    pos += 2;
    const headerEnd = body.indexOf('\r\n\r\n', pos);
    if (headerEnd < 0) throw new MultipartError('part without a header end');
    const headers = parseHeaders(body.subarray(pos, headerEnd).toString('utf8'));
    const next = body.indexOf(Buffer.from(`\r\n--${boundary}`), headerEnd + 4);
    if (next < 0) throw new MultipartError('missing closing delimiter');
    const disposition = headers['content-disposition'] ?? '';
    const name = headerParam(disposition, 'name');
    if (!/^form-data\b/i.test(disposition) || name === undefined) {
      throw new MultipartError('part without Content-Disposition: form-data; name=...');
    }
    const part: Part = { name, data: body.subarray(headerEnd + 4, next) };
    const filename = headerParam(disposition, 'filename');
    if (filename !== undefined) part.filename = filename;
    if (headers['content-type']) part.contentType = headers['content-type'];
    parts.push(part);
    pos = next + 2;
  }
}
