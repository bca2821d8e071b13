/**
 * A stand-in for the blob storage that raw-data download links point to. A link is
 * pre-signed: it works without the API's token until it expires. A download that carries an
 * Authorization header is refused, so a client that would send its bearer token to the
 * link's host fails loudly here.
 */
import { randomBytes } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { fail, ok, type Reply } from './reply.js';

/** The path prefix of the simulator's stand-in for blob storage, where raw-data download links point. */
export const BLOB_PREFIX = '/__blob/';
export const BLOB_PATH = `${BLOB_PREFIX}{key}/download/alert-data`;
/** The route key downloads are recorded (and can be faulted) under. */
export const BLOB_ROUTE_KEY = `GET ${BLOB_PATH}`;

/** Links kept; older ones stop working. */
const KEEP = 1000;

interface StoredBlob {
  payload: unknown;
  sig: string;
  expiresAt: number;
}

export class BlobStorage {
  private readonly blobs = new Map<string, StoredBlob>();

  constructor(private readonly ttlSec: number) {}

  /** A pre-signed path to a copy of `payload`: `/__blob/<key>/download/alert-data?se=<expiry>&sig=<signature>`. */
  link(payload: unknown, now: number): string {
    const key = randomBytes(12).toString('hex');
    const sig = randomBytes(18).toString('base64url');
    const expiresAt = now + this.ttlSec * 1000;
    this.blobs.set(key, { payload, sig, expiresAt });
    if (this.blobs.size > KEEP) this.blobs.delete(this.blobs.keys().next().value!);
    return `${BLOB_PATH.replace('{key}', key)}?se=${encodeURIComponent(new Date(expiresAt).toISOString())}&sig=${sig}`;
  }

  download(key: string, query: URLSearchParams, headers: IncomingHttpHeaders, now: number): Reply {
    if (headers.authorization !== undefined) return fail(403, 'The link is pre-signed; a request that carries an Authorization header is refused');
    const blob = this.blobs.get(key);
    if (!blob) return fail(404, 'The specified blob does not exist');
    if (query.get('sig') !== blob.sig) return fail(403, 'Signature did not match');
    if (now >= blob.expiresAt) return fail(403, 'The link has expired');
    return ok(blob.payload);
  }

  clear(): void {
    this.blobs.clear();
  }
}
