/** The emails send-phishing is given: files as named, directories walked for email files. */
import { constants } from 'node:fs';
import { open, readdir, stat, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from './usage-error.js';

export const EMAIL_EXTENSIONS = ['.eml', '.msg'] as const;
export const ZIP_EXTENSION = '.zip';

function extensionOf(file: string): string {
  return path.extname(file).toLowerCase();
}

async function walk(dir: string, accept: (file: string) => boolean, out: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      const s = await stat(full).catch(() => undefined);
      isDir = s?.isDirectory() ?? false;
      isFile = s?.isFile() ?? false;
    }
    if (isDir) await walk(full, accept, out);
    else if (isFile && accept(full)) out.push(full);
  }
}

export interface EmailFiles {
  files: string[];
  /** .zip files found in directories and left out for want of a password. */
  zipsLeftOut: string[];
}

/**
 * Every email file, in the order given (directories sorted by name), each path once.
 * Directories yield .eml and .msg files, and .zip files when `includeZip` (the others are
 * listed in `zipsLeftOut`); a file named explicitly must be one of those kinds (.zip
 * always). A path that does not exist is a UsageError, raised before anything is sent.
 */
export async function collectEmailFiles(inputs: readonly string[], includeZip: boolean): Promise<EmailFiles> {
  const zipsLeftOut: string[] = [];
  const dirAccepts = (f: string) => {
    const ext = extensionOf(f);
    if (ext === ZIP_EXTENSION && !includeZip) zipsLeftOut.push(f);
    return (EMAIL_EXTENSIONS as readonly string[]).includes(ext) || (includeZip && ext === ZIP_EXTENSION);
  };
  const found: string[] = [];
  for (const input of inputs) {
    const s = await stat(input).catch((err: NodeJS.ErrnoException) => {
      throw new UsageError(`cannot read ${input}: ${err.code === 'ENOENT' ? 'no such file or directory' : (err.code ?? err.message)}`);
    });
    if (s.isDirectory()) await walk(input, dirAccepts, found);
    else if (s.isFile()) {
      const ext = extensionOf(input);
      if (!(EMAIL_EXTENSIONS as readonly string[]).includes(ext) && ext !== ZIP_EXTENSION) {
        throw new UsageError(`${input} is not an email file (.eml, .msg, or .zip with --zip-password)`);
      }
      found.push(input);
    } else throw new UsageError(`${input} is neither a file nor a directory`);
  }
  const once = (list: string[]) => {
    const seen = new Set<string>();
    return list.filter((f) => {
      const key = path.resolve(f);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  };
  return { files: once(found), zipsLeftOut: once(zipsLeftOut) };
}

/**
 * A regular file's bytes, at most `maxBytes`: a FIFO (which would wait for a writer forever),
 * a device such as /dev/zero (which never ends), a folder or a socket is a UsageError, and so
 * is a file past the cap, found without reading more than one byte beyond it.
 */
export async function readRegularFile(file: string, maxBytes: number): Promise<Buffer> {
  let handle: FileHandle;
  try {
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer.
    handle = await open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (err) {
    throw new UsageError(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  try {
    if (!(await handle.stat()).isFile()) throw new UsageError(`${file} is not a regular file`);
    const chunks: Buffer[] = [];
    let size = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(64 * 1024);
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      size += bytesRead;
      if (size > maxBytes) throw new UsageError(`${file} is larger than ${maxBytes} bytes`);
      chunks.push(chunk.subarray(0, bytesRead));
    }
    return Buffer.concat(chunks, size);
  } finally {
    await handle.close().catch(() => undefined);
  }
}
