/**
 * multipart/form-data encoding for the alert ingest. Hand-written (a few lines) because the
 * wire form is exact: fields first, the file last, and the file part carries no Content-Type
 * of its own, as the official Python SDK sends it. FormData serialisers always add one.
 */
import { randomBytes } from 'node:crypto';

export type MultipartField = { name: string; value: string } | { name: string; filename: string; data: Uint8Array };

function quote(s: string): string {
  return s.replace(/\r/g, '%0D').replace(/\n/g, '%0A').replace(/"/g, '%22');
}

export function encodeMultipart(fields: MultipartField[]): { body: Uint8Array; contentType: string } {
  const boundary = `----intezer-ts-${randomBytes(12).toString('hex')}`;
  const parts: Buffer[] = [];
  for (const f of fields) {
    let head = `--${boundary}\r\nContent-Disposition: form-data; name="${quote(f.name)}"`;
    if ('data' in f) {
      head += `; filename="${quote(f.filename)}"\r\n\r\n`;
      parts.push(Buffer.from(head, 'utf8'), Buffer.from(f.data.buffer, f.data.byteOffset, f.data.byteLength), Buffer.from('\r\n'));
    } else {
      parts.push(Buffer.from(`${head}\r\n\r\n${f.value}\r\n`, 'utf8'));
    }
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}
