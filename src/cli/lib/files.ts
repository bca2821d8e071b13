/** The emails send-phishing is given: files as named, directories walked for email files. */
import { readdir, stat } from 'node:fs/promises';
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
