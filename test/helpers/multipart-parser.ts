/**
 * A strict multipart/form-data reader for the wire server (RFC 7578 / RFC 2046), written
 * apart from the SDK's encoder so that the tests do not check the encoder against itself.
 * It works on bytes: part bodies are returned exactly as they were between the delimiters.
 */

export interface MultipartPart {
  /** Header names lower-cased, values as sent. */
  headers: Record<string, string>;
  /** From Content-Disposition. */
  name: string | undefined;
  filename: string | undefined;
  data: Buffer;
}

const CRLF = Buffer.from('\r\n');

export function boundaryOf(contentType: string): string {
  const m = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  const boundary = m?.[1] ?? m?.[2];
  if (!boundary) throw new Error(`no boundary in Content-Type: ${contentType}`);
  return boundary;
}

export function parseMultipart(body: Buffer, contentType: string): MultipartPart[] {
  const delimiter = Buffer.from(`--${boundaryOf(contentType)}`);
  if (body.indexOf(delimiter) !== 0) throw new Error('the body does not start with the boundary delimiter');
  const parts: MultipartPart[] = [];
  let pos = 0;
  for (;;) {
    pos += delimiter.length;
    const after = body.subarray(pos, pos + 2).toString('latin1');
    if (after === '--') {
      const epilogue = body.subarray(pos + 2).toString('latin1');
      if (epilogue !== '\r\n' && epilogue !== '') throw new Error(`unexpected bytes after the close delimiter: ${JSON.stringify(epilogue)}`);
      return parts;
    }
    if (after !== '\r\n') throw new Error(`no CRLF after a delimiter at byte ${pos}`);
    pos += 2;
    const headEnd = body.indexOf('\r\n\r\n', pos, 'latin1');
    if (headEnd < 0) throw new Error('a part has no end of headers');
    const headers: Record<string, string> = {};
    for (const line of body.subarray(pos, headEnd).toString('utf8').split('\r\n')) {
      const colon = line.indexOf(':');
      if (colon <= 0) throw new Error(`malformed part header line: ${JSON.stringify(line)}`);
      headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
    }
    const next = body.indexOf(Buffer.concat([CRLF, delimiter]), headEnd + 4);
    if (next < 0) throw new Error('a part is not terminated by a delimiter');
    const disposition = headers['content-disposition'] ?? '';
    parts.push({
      headers,
      name: /;\s*name="([^"]*)"/.exec(disposition)?.[1],
      filename: /;\s*filename="([^"]*)"/.exec(disposition)?.[1],
      data: body.subarray(headEnd + 4, next),
    });
    pos = next + CRLF.length;
  }
}
