/**
 * The emails send-phishing is given: files as named, directories walked for email files.
 * The walk leaves out hidden entries (.git/, macOS ._* AppleDouble files) and follows a
 * symlinked folder at most once per real folder (device + inode), so a link loop ends.
 * Each file is then told apart by its content (`notAnEmail`): the extension only nominates it.
 */
import { constants } from 'node:fs';
import { open, readdir, stat, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from './usage-error.js';

const EMAIL_EXTENSIONS = ['.eml', '.msg'] as const;
const ZIP_EXTENSION = '.zip';

function extensionOf(file: string): string {
  return path.extname(file).toLowerCase();
}

/** The RFC 5322 header fields one of which an .eml must show near its top. */
const EMAIL_HEADERS = /^(from|date|subject|received|message-id|to|return-path|sender|reply-to|mime-version|delivered-to|x-[a-z0-9-]+):/i;
/** How much of the start of an .eml is searched for its header lines. */
const HEAD_BYTES = 16 * 1024;
/** What every .msg (an OLE compound file) starts with. */
const OLE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** Why `bytes` are not an email (reported, not sent), or undefined when they look like one. A .zip is left to the service. */
export function notAnEmail(file: string, bytes: Buffer): string | undefined {
  if (bytes.length === 0) return 'the file is empty';
  const ext = extensionOf(file);
  if (ext === '.msg') return bytes.subarray(0, 8).equals(OLE_SIGNATURE) ? undefined : 'not an Outlook .msg (no OLE signature)';
  if (ext !== '.eml') return undefined;
  // The header block: lines up to the first empty one. Before it, as exporters write them: a
  // UTF-8 byte order mark, blank lines, an mbox "From " line. Only recognising skips them: the bytes are sent as they are.
  const head = bytes.subarray(0, HEAD_BYTES);
  const lines = head
    .subarray(head.subarray(0, 3).equals(UTF8_BOM) ? 3 : 0)
    .toString('latin1')
    .split(/\r?\n/);
  while (lines.length > 1 && lines[0]!.trim() === '') lines.shift();
  if (lines[0]?.startsWith('From ')) lines.shift();
  let fields = 0;
  for (const line of lines) {
    if (line === '') break;
    if (/^[ \t]/.test(line)) continue; // a folded line
    if (!/^[\x21-\x39\x3b-\x7e]+:/.test(line)) return 'not an email: a line near the top is not a header field';
    if (EMAIL_HEADERS.test(line)) fields++;
  }
  return fields > 0 ? undefined : 'not an email: no header lines (From:, Date:, Subject:, Received:…) at the top';
}

/**
 * A directory entry's name as shown (and keyed): itself when it is UTF-8; else (a Latin-1 name
 * from a Windows share) its bytes with every one outside printable ASCII written \xNN, so two
 * such names stay apart. The file is then read by its raw bytes (`EmailFiles.rawPaths`).
 */
function shownName(raw: Buffer): string {
  const text = raw.toString('utf8');
  if (Buffer.from(text, 'utf8').equals(raw)) return text;
  return [...raw].map((b) => (b >= 0x20 && b < 0x7f && b !== 0x5c ? String.fromCharCode(b) : `\\x${b.toString(16).padStart(2, '0')}`)).join('');
}

interface Walk {
  accept: (file: string) => boolean;
  out: string[];
  seen: Set<string>;
  rawPaths: Map<string, Buffer>;
}

/** `odd`: the folder's own path is not UTF-8 (so neither is any path under it). */
async function walk(dir: Buffer, shown: string, w: Walk, odd = false): Promise<void> {
  const real = await stat(dir);
  const id = `${real.dev}:${real.ino}`;
  if (w.seen.has(id)) return; // a folder reached again (a symlink loop, or two links to it)
  w.seen.add(id);
  const entries = (await readdir(dir, { withFileTypes: true, encoding: 'buffer' })).map((entry) => ({ entry, name: shownName(entry.name) }));
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const { entry, name } of entries) {
    if (name.startsWith('.')) continue; // .git/, ._AppleDouble, .DS_Store
    const full = path.join(shown, name);
    const raw = Buffer.concat([dir, Buffer.from(path.sep), entry.name]);
    const rawOnly = odd || name !== entry.name.toString('utf8');
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      const s = await stat(raw).catch(() => undefined);
      isDir = s?.isDirectory() ?? false;
      isFile = s?.isFile() ?? false;
    }
    if (isDir) await walk(raw, full, w, rawOnly);
    else if (isFile && w.accept(full)) {
      w.out.push(full);
      if (rawOnly) w.rawPaths.set(full, raw);
    }
  }
}

export interface EmailFiles {
  files: string[];
  /** .zip files found in directories and left out for want of a password. */
  zipsLeftOut: string[];
  /** The raw bytes of the paths whose names are not UTF-8, by the name shown: read the file by these. */
  rawPaths: ReadonlyMap<string, Buffer>;
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
  const seen = new Set<string>();
  const rawPaths = new Map<string, Buffer>();
  for (const input of inputs) {
    const s = await stat(input).catch((err: NodeJS.ErrnoException) => {
      throw new UsageError(`cannot read ${input}: ${err.code === 'ENOENT' ? 'no such file or directory' : (err.code ?? err.message)}`);
    });
    if (s.isDirectory()) await walk(Buffer.from(input), input, { accept: dirAccepts, out: found, seen, rawPaths });
    else if (s.isFile()) {
      const ext = extensionOf(input);
      if (!(EMAIL_EXTENSIONS as readonly string[]).includes(ext) && ext !== ZIP_EXTENSION) {
        throw new UsageError(`${input} is not an email file (.eml, .msg, or .zip with --zip-password)`);
      }
      found.push(input);
    } else throw new UsageError(`${input} is neither a file nor a directory`);
  }
  const once = (list: string[]) => {
    const listed = new Set<string>();
    return list.filter((f) => {
      const key = path.resolve(f);
      if (listed.has(key)) return false;
      listed.add(key);
      return true;
    });
  };
  return { files: once(found), zipsLeftOut: once(zipsLeftOut), rawPaths };
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
