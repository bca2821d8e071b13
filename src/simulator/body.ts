/** Parsing a request body by what its route expects, and the form it is recorded in. */
import type { IncomingHttpHeaders } from 'node:http';
import { mediaType } from './http-io.js';
import { boundaryOf, MultipartError, parseMultipart, sha256Of, type Part } from './multipart.js';
import { redactBody } from './request-log.js';
import type { BodyKind } from './routes.js';
import type { RecordedPart, RecordedRequest } from './types.js';

export interface ParsedBody {
  /** The JSON value; undefined when the body was empty or is not JSON. */
  json?: unknown;
  parts?: Part[];
  /** Why the body does not fit the route: field → problem. */
  problem?: Record<string, string>;
  /** The raw text, when it is neither JSON nor multipart. */
  text?: string;
}

const isJsonMedia = (m: string) => m === 'application/json' || m.endsWith('+json');

/** JSON nested deeper than this is refused: validating or hashing it would overflow the stack (a 500). */
export const MAX_JSON_DEPTH = 512;

/** Whether `value` nests objects and arrays deeper than `limit` (walked without recursion). */
export function nestedTooDeep(value: unknown, limit = MAX_JSON_DEPTH): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (depth >= limit) return true;
    for (const child of Object.values(v)) if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
  }
  return false;
}

const TOO_DEEP = { _body: `Nested deeper than ${MAX_JSON_DEPTH} levels.` };

function parseJson(raw: Buffer): ParsedBody {
  try {
    const json: unknown = JSON.parse(raw.toString('utf8'));
    return nestedTooDeep(json) ? { problem: TOO_DEEP } : { json };
  } catch {
    return { text: raw.toString('utf8').slice(0, 2000), problem: { _body: 'The body is not valid JSON.' } };
  }
}

export function parseBody(kind: BodyKind, headers: IncomingHttpHeaders, raw: Buffer): ParsedBody {
  const media = mediaType(headers['content-type']);
  if (kind === 'multipart') {
    const boundary = media === 'multipart/form-data' ? boundaryOf(headers['content-type']) : undefined;
    if (!boundary) return { problem: { 'Content-Type': 'Expected multipart/form-data with a boundary.' } };
    try {
      return { parts: parseMultipart(raw, boundary) };
    } catch (e) {
      return { problem: { _body: `Malformed multipart body: ${(e as MultipartError).message}.` } };
    }
  }
  if (raw.length === 0) return {};
  if (kind === 'none') return isJsonMedia(media) ? { json: parseJson(raw).json } : {};
  if (!isJsonMedia(media)) return { problem: { 'Content-Type': 'Expected application/json.' } };
  return parseJson(raw);
}

function recordPart(p: Part): RecordedPart {
  const rec: RecordedPart = { name: p.name, size: p.data.length };
  if (p.filename !== undefined) rec.filename = p.filename;
  if (p.contentType !== undefined) rec.contentType = p.contentType;
  if (p.name === 'file') rec.sha256 = sha256Of(p);
  else rec.value = p.data.toString('utf8');
  return rec;
}

/** The body fields of a recorded request. */
export function recordedBody(parsed: ParsedBody): Pick<RecordedRequest, 'body' | 'parts'> {
  if (parsed.parts) return { parts: parsed.parts.map(recordPart) };
  if (parsed.json !== undefined) return { body: redactBody(parsed.json) };
  if (parsed.text !== undefined) return { body: parsed.text };
  return {};
}

/** The object a multipart body stands for in the spec's schema (the file part as its file name). */
export function formObject(parts: Part[]): { form: Record<string, string> } | { problem: Record<string, string> } {
  const form: Record<string, string> = {};
  for (const p of parts) {
    if (p.name in form) return { problem: { [p.name]: 'Given more than once.' } };
    form[p.name] = p.name === 'file' ? (p.filename ?? '') : p.data.toString('utf8');
  }
  return { form };
}
