/** Reads the email given to sendPhishingEmail into bytes, refusing what cannot be sent. */
import { readFile } from 'node:fs/promises';
import { InvalidArgumentError } from '../client/errors.js';

export type RawEmail = Uint8Array | ArrayBuffer | Blob | NodeJS.ReadableStream;

async function fromStream(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of stream as AsyncIterable<Buffer | string>) {
      chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk));
    }
  } catch (cause) {
    throw new InvalidArgumentError(`rawEmail: the stream failed while being read (${(cause as Error).message})`, { cause });
  }
  return Buffer.concat(chunks);
}

export async function readEmail(rawEmail: RawEmail | undefined, emailPath: string | undefined): Promise<Uint8Array> {
  if ((rawEmail === undefined) === (emailPath === undefined)) {
    throw new InvalidArgumentError('Give exactly one of rawEmail or emailPath');
  }
  let bytes: Uint8Array;
  if (emailPath !== undefined) {
    if (typeof emailPath !== 'string' || emailPath.trim() === '') throw new InvalidArgumentError('emailPath must be a non-empty path');
    try {
      bytes = await readFile(emailPath);
    } catch (cause) {
      throw new InvalidArgumentError(`emailPath: cannot read ${emailPath} (${(cause as NodeJS.ErrnoException).code ?? 'error'})`, { cause });
    }
  } else if (rawEmail instanceof Uint8Array) {
    bytes = rawEmail;
  } else if (rawEmail instanceof ArrayBuffer) {
    bytes = new Uint8Array(rawEmail);
  } else if (typeof Blob !== 'undefined' && rawEmail instanceof Blob) {
    bytes = new Uint8Array(await rawEmail.arrayBuffer());
  } else if (rawEmail && typeof (rawEmail as NodeJS.ReadableStream).pipe === 'function') {
    bytes = await fromStream(rawEmail as NodeJS.ReadableStream);
  } else {
    throw new InvalidArgumentError('rawEmail must be a Uint8Array/Buffer, an ArrayBuffer, a Blob or a readable stream');
  }
  if (bytes.byteLength === 0) throw new InvalidArgumentError('The email is empty');
  return bytes;
}
