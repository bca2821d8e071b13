/**
 * Reading the email of sendPhishingEmail: only a regular file, at most maxEmailBytes, and the
 * call's signal stops the read at once, all before anything is sent. Before, a FIFO path
 * waited for a writer, /dev/zero grew memory without end, and a stream that never ended kept
 * the call pending after an abort.
 */
import { execFileSync } from 'node:child_process';
import { constants, existsSync } from 'node:fs';
import { mkdtemp, open, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Alert, IntezerClient, InvalidArgumentError } from '../../src/index.js';
import { ok } from '../helpers/answers.js';
import { rejectionOf } from '../helpers/fixture.js';
import { useFakeService } from '../facade/service.js';

const svc = useFakeService();
const INGEST = 'POST /alerts/ingest/binary';
const MiB = 1024 * 1024;

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'intezer-email-'));
  svc.routes({ [INGEST]: () => ok.ingest });
});
afterEach(() => rm(dir, { recursive: true, force: true }));

/** Settles within `ms`, or fails the test (a read that hangs must not hang it). */
function within<T>(ms: number, promise: Promise<T>): Promise<T> {
  return Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`still pending after ${ms} ms`)), ms))]);
}

describe('what emailPath may name', () => {
  it('a FIFO is refused at once, without waiting for a writer', async () => {
    const fifo = path.join(dir, 'email.fifo');
    execFileSync('mkfifo', [fifo]);
    try {
      const err = await within(2000, rejectionOf(Alert.sendPhishingEmail({ emailPath: fifo, client: svc.client() })));
      expect(err).toBeInstanceOf(InvalidArgumentError);
      expect((err as Error).message).toMatch(/FIFO.*not a regular file/);
    } finally {
      // Had a read been left waiting for a writer, this releases it.
      await open(fifo, constants.O_WRONLY | constants.O_NONBLOCK).then(
        (h) => h.close(),
        () => undefined,
      );
    }
    expect(svc.server.calls()).toHaveLength(0);
  });

  it.runIf(existsSync('/dev/zero'))('/dev/zero (a device that never ends) is refused at once, memory flat', async () => {
    const before = process.memoryUsage().rss;
    const err = await within(2000, rejectionOf(Alert.sendPhishingEmail({ emailPath: '/dev/zero', client: svc.client() })));
    expect(err).toBeInstanceOf(InvalidArgumentError);
    expect((err as Error).message).toMatch(/device, not a regular file/);
    expect(process.memoryUsage().rss - before).toBeLessThan(32 * MiB);
    expect(svc.server.calls()).toHaveLength(0);
  });

  it('a folder is refused as one', async () => {
    const err = await rejectionOf(Alert.sendPhishingEmail({ emailPath: dir, client: svc.client() }));
    expect(err).toBeInstanceOf(InvalidArgumentError);
    expect((err as Error).message).toMatch(/is a folder, not a regular file/);
    expect(svc.server.calls()).toHaveLength(0);
  });
});

describe('maxEmailBytes', () => {
  it('is 64 MiB by default and checked like the other client options', () => {
    expect(svc.client().config.maxEmailBytes).toBe(64 * MiB);
    for (const bad of [0, -1, 1.5, Number.NaN, '1024']) {
      expect(() => new IntezerClient({ apiKey: 'a-key-long-enough', maxEmailBytes: bad as number })).toThrow(InvalidArgumentError);
    }
  });

  it('a file, bytes or a Blob larger than it are refused before anything is sent', async () => {
    const client = svc.client({ maxEmailBytes: 1024 });
    const big = Buffer.alloc(1025, 0x41);
    const file = path.join(dir, 'big.eml');
    await writeFile(file, big);
    for (const options of [{ emailPath: file }, { rawEmail: big }, { rawEmail: new Blob([big]) }, { rawEmail: big.buffer.slice(0, 1025) }]) {
      const err = await rejectionOf(Alert.sendPhishingEmail({ ...options, client }));
      expect(err).toBeInstanceOf(InvalidArgumentError);
      expect((err as Error).message).toMatch(/larger than maxEmailBytes \(1024 bytes\)/);
    }
    await Alert.sendPhishingEmail({ rawEmail: big.subarray(0, 1024), client });
    expect(svc.callsTo(INGEST)).toHaveLength(1);
  });

  it('a stream is read no further than the cap, then refused', async () => {
    let pulled = 0;
    const chunk = Buffer.alloc(64 * 1024, 0x42);
    const stream = Readable.from(
      (function* () {
        for (let i = 0; i < 128; i++) {
          pulled++;
          yield chunk;
        }
      })(),
    );
    const err = await rejectionOf(Alert.sendPhishingEmail({ rawEmail: stream, client: svc.client({ maxEmailBytes: MiB }) }));
    expect(err).toBeInstanceOf(InvalidArgumentError);
    expect((err as Error).message).toMatch(/rawEmail is larger than maxEmailBytes/);
    // 16 chunks make the cap; a few more may be buffered by the stream, never all 128 (8 MiB).
    expect(pulled).toBeLessThan(40);
    expect(svc.server.calls()).toHaveLength(0);
  });
});

describe('the signal stops the read', () => {
  it('a stream that never ends: the abort rejects at once with the signal’s reason, nothing sent', async () => {
    const stream = new PassThrough();
    stream.write('From: a@example.com\r\n');
    const controller = new AbortController();
    const reason = new Error('stop reading');
    const sending = rejectionOf(Alert.sendPhishingEmail({ rawEmail: stream, signal: controller.signal, client: svc.client() }));
    setTimeout(() => controller.abort(reason), 30);
    expect(await within(1000, sending)).toBe(reason);
    expect(svc.server.calls()).toHaveLength(0);
    stream.destroy();
  });

  it('an already aborted signal reads nothing (a FIFO is not even opened)', async () => {
    const fifo = path.join(dir, 'email.fifo');
    execFileSync('mkfifo', [fifo]);
    const controller = new AbortController();
    controller.abort(new Error('already'));
    try {
      expect(await within(1000, rejectionOf(Alert.sendPhishingEmail({ emailPath: fifo, signal: controller.signal, client: svc.client() })))).toBe(
        controller.signal.reason,
      );
    } finally {
      await open(fifo, constants.O_WRONLY | constants.O_NONBLOCK).then(
        (h) => h.close(),
        () => undefined,
      );
    }
    expect(svc.server.calls()).toHaveLength(0);
  });
});
