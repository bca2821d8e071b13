/**
 * Reads an answer's body whole, decoding its Content-Encoding (gzip, deflate, br, or several
 * in a row) as it streams in, and refusing it as soon as it passes the size limit: the limit
 * counts decoded bytes, so a small compressed answer that inflates without end (a "zip bomb")
 * stops at the limit, never in memory whole (a small one decoded in one call is bounded the
 * same way, by zlib's maxOutputLength). A refused answer is not read further: the caller
 * destroys the connection.
 */
import type { IncomingMessage } from 'node:http';
import type { Transform } from 'node:stream';
import zlib from 'node:zlib';
import { tooLarge, undecodable, type AnswerContext } from '../error-factory.js';

/** What the transport offers in Accept-Encoding: all node:zlib decodes. */
export const ACCEPT_ENCODING = 'gzip, deflate, br';

type Coding = 'gzip' | 'deflate' | 'br';
/** Compressed answers up to this size are decoded in one call once whole. */
const INLINE_MAX = 16 * 1024;
const CODINGS: Record<string, Coding> = { gzip: 'gzip', 'x-gzip': 'gzip', deflate: 'deflate', br: 'br' };

/** The codings applied, in the order they were applied, or the name of one the SDK cannot decode. */
function codingsOf(header: string | undefined): Coding[] | string {
  const out: Coding[] = [];
  for (const raw of (header ?? '').split(',')) {
    const name = raw.trim().toLowerCase();
    if (name === '' || name === 'identity') continue;
    const coding = CODINGS[name];
    if (!coding) return name;
    out.push(coding);
  }
  return out;
}

/**
 * "deflate" is meant to be zlib-wrapped, but some servers send a raw deflate stream; the
 * first bytes tell (a zlib header has compression method 8 and a check multiple of 31).
 */
function isZlibWrapped(first: Buffer | undefined): boolean {
  return !first || (first.length >= 2 && (first[0]! & 0x0f) === 8 && ((first[0]! << 8) | first[1]!) % 31 === 0);
}

function decoderFor(coding: Coding, first: Buffer | undefined): Transform {
  if (coding === 'gzip') return zlib.createGunzip();
  if (coding === 'br') return zlib.createBrotliDecompress();
  return isZlibWrapped(first) ? zlib.createInflate() : zlib.createInflateRaw();
}

/**
 * Resolves with the decoded body. Rejects with ResponseTooLargeError past `maxBytes`, with
 * ResponseEncodingError for an encoding it cannot decode or a body that does not decode, and
 * with a coded connection error when the connection is lost mid-body.
 */
export function readBody(res: IncomingMessage, ctx: AnswerContext, maxBytes: number | undefined): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const codings = codingsOf(res.headers['content-encoding']);
    if (typeof codings === 'string') {
      reject(undecodable(res, ctx, `is in Content-Encoding "${codings}", which the SDK does not decode`));
      return;
    }
    const limit = maxBytes ?? Infinity;
    const announced = Number(res.headers['content-length']);
    if (announced > limit) {
      reject(tooLarge(res, ctx, limit, announced));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    // Decoders are made on the first byte (an empty body, as of a 204 or a HEAD, is not a
    // stream to decode), the coding applied last first.
    let chain: Transform[] | undefined;
    const fail = (err: Error) => {
      if (settled) return;
      settled = true;
      chain?.forEach((d) => d.destroy());
      reject(err);
    };
    const collect = (c: Buffer) => {
      if (settled) return;
      size += c.byteLength;
      if (size > limit) fail(tooLarge(res, ctx, limit));
      else chunks.push(c);
    };
    const done = () => {
      if (settled) return;
      settled = true;
      resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size));
    };
    // A connection lost mid-body is a connection failure (coded, so the client may repeat it).
    res.on('error', fail);
    res.on('close', () => {
      if (!res.complete) fail(Object.assign(new Error('the connection closed before the answer was complete'), { code: 'ECONNRESET' }));
    });

    if (codings.length === 0) {
      res.on('data', collect);
      res.on('end', done);
      return;
    }
    // A small answer is decoded in one call once whole (a stream of zlib costs some 100 µs
    // to set up, several times what it decodes); past INLINE_MAX it is decoded as it streams.
    const onUndecodable = (e: Error) => fail(undecodable(res, ctx, `does not decode as ${codings.join(', ')}: ${e.message}`, e));
    let held: Buffer[] = [];
    let raw = 0;
    res.on('data', (c: Buffer) => {
      if (settled) return;
      raw += c.byteLength;
      if (raw > limit) return fail(tooLarge(res, ctx, limit));
      if (chain) return void chain[0]!.write(c);
      held.push(c);
      if (raw <= INLINE_MAX) return;
      chain = decoders(codings, held[0]!, collect, done, onUndecodable);
      for (const h of held) chain[0]!.write(h);
      held = [];
    });
    res.on('end', () => {
      if (chain) return void chain[0]!.end();
      if (raw > 0) {
        try {
          collect(decodeWhole(codings, held.length === 1 ? held[0]! : Buffer.concat(held, raw), limit));
        } catch (e) {
          return (e as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE' ? fail(tooLarge(res, ctx, limit)) : onUndecodable(e as Error);
        }
      }
      done();
    });
  });
}

/** Decodes a whole body, the coding applied last first; no step makes more than `limit` bytes. */
function decodeWhole(codings: Coding[], body: Buffer, limit: number): Buffer {
  const options = Number.isFinite(limit) ? { maxOutputLength: Math.max(1, limit) } : {};
  let out = body;
  for (const [i, coding] of [...codings].reverse().entries()) {
    if (coding === 'gzip') out = zlib.gunzipSync(out, options);
    else if (coding === 'br') out = zlib.brotliDecompressSync(out, options);
    else out = isZlibWrapped(i === 0 ? out : undefined) ? zlib.inflateSync(out, options) : zlib.inflateRawSync(out, options);
  }
  return out;
}

/** Decoders piped one into the next, the coding applied last first; the last one feeds `onData`. */
function decoders(codings: Coding[], first: Buffer, onData: (c: Buffer) => void, onEnd: () => void, onError: (e: Error) => void): Transform[] {
  const chain = [...codings].reverse().map((coding, i) => decoderFor(coding, i === 0 ? first : undefined));
  chain.forEach((d, i) => {
    d.on('error', onError);
    const next = chain[i + 1];
    if (next) d.pipe(next);
  });
  chain.at(-1)!.on('data', onData).on('end', onEnd);
  return chain;
}
