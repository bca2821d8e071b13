/**
 * Emails as a hostile (or merely unusual) caller gives them. Before: an object-mode stream
 * (numbers, objects) failed with a raw TypeError from Buffer.from, and a regular file whose
 * content outgrew the size it had when opened (a file being written, a /proc file that
 * stats as 0 bytes) was refused as "larger than maxEmailBytes" however small it was.
 */
import { existsSync, readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { beforeEach, describe, expect, it } from 'vitest';
import { Alert, InvalidArgumentError } from '../../src/index.js';
import { ok } from '../helpers/answers.js';
import { rejectionOf } from '../helpers/fixture.js';
import { useFakeService } from '../facade/service.js';

const svc = useFakeService();
const INGEST = 'POST /alerts/ingest/binary';

beforeEach(() => svc.routes({ [INGEST]: () => ok.ingest }));

/** The bytes of the multipart part named `file`. */
function sentFile(body: Buffer): Buffer {
  const head = body.indexOf('name="file"');
  const start = body.indexOf('\r\n\r\n', head) + 4;
  const boundary = body.subarray(0, body.indexOf('\r\n'));
  return body.subarray(start, body.indexOf(Buffer.concat([Buffer.from('\r\n'), boundary]), start));
}

describe('a stream that gives something other than bytes', () => {
  it.each([
    ['numbers', () => Readable.from([1, 2, 3]), /the stream gave a number/],
    ['objects', () => Readable.from([{ line: 'From: a@example.com' }]), /the stream gave an object/],
    ['arrays', () => Readable.from([[70, 114]]), /the stream gave an array/],
  ])('an object-mode stream of %s is an InvalidArgumentError, nothing sent', async (_label, make, message) => {
    const err = await rejectionOf(Alert.sendPhishingEmail({ rawEmail: make(), client: svc.client() }));
    expect(err).toBeInstanceOf(InvalidArgumentError);
    expect((err as Error).message).toMatch(message);
    expect(svc.server.calls()).toHaveLength(0);
  });

  it('strings, Buffers, Uint8Array views and ArrayBuffers are bytes: exactly those are sent', async () => {
    const backing = new Uint8Array([0x58, 0x59, 0x42, 0x43, 0x5a]);
    const chunks = ['Subject: hi\r\n\r\n', Buffer.from('A'), backing.subarray(2, 4), new Uint8Array([0x44]).buffer];
    await Alert.sendPhishingEmail({ rawEmail: Readable.from(chunks, { objectMode: true }), client: svc.client() });
    expect(sentFile(svc.callsTo(INGEST)[0]!.body).toString('latin1')).toBe('Subject: hi\r\n\r\nABCD');
  });
});

describe.skipIf(!existsSync('/proc/self/status'))('a file whose content outgrows the size it had when opened', () => {
  it('is read to its end (a /proc file stats as 0 bytes), not refused as too large', async () => {
    await Alert.sendPhishingEmail({ emailPath: '/proc/self/status', client: svc.client() });
    const sent = sentFile(svc.callsTo(INGEST)[0]!.body);
    expect(sent.length).toBeGreaterThan(100);
    expect(sent.toString('utf8')).toMatch(/^Name:/);
  });

  it('is still refused once past maxEmailBytes, nothing sent', async () => {
    const size = readFileSync('/proc/self/status').length;
    const err = await rejectionOf(Alert.sendPhishingEmail({ emailPath: '/proc/self/status', client: svc.client({ maxEmailBytes: Math.floor(size / 2) }) }));
    expect(err).toBeInstanceOf(InvalidArgumentError);
    expect((err as Error).message).toMatch(/larger than maxEmailBytes/);
    expect(svc.server.calls()).toHaveLength(0);
  });
});
