/** The SHA-256 hex digest of some bytes: an email's file name on the wire and an alert stream's id. */
import { createHash } from 'node:crypto';

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
