/**
 * Just enough multipart/form-data handling for the ingest contract test: listing the parts
 * of a body, and the one edit the contract transport makes before a body reaches Prism.
 *
 * Why the edit: Prism 5.16 reads multipart bodies with `parse-multipart-data`, which throws
 * (`part.contentTypeHeader.split(':')[1].trim()` on undefined) on a file part that has no
 * Content-Type header of its own, and the throw takes the whole Prism process down. Our SDK
 * sends the file part without one on purpose (as the official Python SDK does). So the
 * file part gets `Content-Type: application/octet-stream` inserted, and nothing else changes:
 * part names, order, values and file name are what the SDK produced.
 */

export interface ListedPart {
  /** Byte offsets in the body: where the part's headers start and end (before CRLFCRLF). */
  headStart: number;
  headEnd: number;
  headers: string;
  name: string | undefined;
  filename: string | undefined;
  data: Buffer;
}

function boundaryOf(contentType: string): string {
  const m = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  const boundary = m?.[1] ?? m?.[2];
  if (!boundary) throw new Error(`no boundary in ${contentType}`);
  return boundary;
}

/** The parts of a multipart body, in order. */
export function listParts(body: Uint8Array, contentType: string): ListedPart[] {
  const buf = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  const open = Buffer.from(`--${boundaryOf(contentType)}`);
  const parts: ListedPart[] = [];
  let pos = buf.indexOf(open);
  while (pos !== -1 && buf.subarray(pos + open.length, pos + open.length + 2).toString('latin1') === '\r\n') {
    const headStart = pos + open.length + 2;
    const headEnd = buf.indexOf('\r\n\r\n', headStart, 'latin1');
    if (headEnd === -1) throw new Error('a part without the blank line after its headers');
    const next = buf.indexOf(Buffer.concat([Buffer.from('\r\n'), open]), headEnd);
    if (next === -1) throw new Error('a part without a closing delimiter');
    const headers = buf.subarray(headStart, headEnd).toString('utf8');
    const disposition = /^content-disposition:(.*)$/im.exec(headers)?.[1] ?? '';
    parts.push({
      headStart,
      headEnd,
      headers,
      name: /;\s*name="([^"]*)"/i.exec(disposition)?.[1],
      filename: /;\s*filename="([^"]*)"/i.exec(disposition)?.[1],
      data: buf.subarray(headEnd + 4, next),
    });
    pos = next + 2;
  }
  return parts;
}

/**
 * The body with `Content-Type: application/octet-stream` added to the part named `file`
 * when that part has no Content-Type; undefined when there is nothing to add.
 */
export function addFilePartContentType(body: Uint8Array, contentType: string): Buffer | undefined {
  const file = listParts(body, contentType).find((p) => p.name === 'file');
  if (!file || /^content-type:/im.test(file.headers)) return undefined;
  const buf = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  return Buffer.concat([buf.subarray(0, file.headEnd), Buffer.from('\r\nContent-Type: application/octet-stream'), buf.subarray(file.headEnd)]);
}
