/**
 * Where send-phishing keeps its manifest by default: the user's state folder
 * ($XDG_STATE_HOME, else ~/.local/state), under intezer-alerts/, one file per API root and
 * environment. Not the current folder: the same emails sent from another folder (a SOAR
 * playbook's temp folder, a cron job's) must find what was already sent.
 */
import { createHash } from 'node:crypto';
import { realpathSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import type { Destination } from './manifest.js';
import { UsageError } from './usage-error.js';

function stateDir(env: NodeJS.ProcessEnv = process.env): string {
  const xdg = env.XDG_STATE_HOME;
  // The XDG spec: a relative path is invalid and must be ignored.
  const base = xdg !== undefined && path.isAbsolute(xdg) ? xdg : path.join(homedir(), '.local', 'state');
  return path.join(base, 'intezer-alerts');
}

/** `<state>/intezer-alerts/manifest-<host>-<hash of api root + environment>.jsonl`; the host only makes it readable. */
export function defaultManifestPath(dest: Destination, env: NodeJS.ProcessEnv = process.env): string {
  const hash = createHash('sha256')
    .update(JSON.stringify([dest.apiRoot, dest.environment]))
    .digest('hex')
    .slice(0, 16);
  let host = 'api';
  try {
    host = new URL(dest.apiRoot).host.replace(/[^A-Za-z0-9.-]/g, '_');
  } catch {
    // not a URL: the hash alone names it
  }
  return path.join(stateDir(env), `manifest-${host}-${hash}.jsonl`);
}

/**
 * The manifest's one name, whatever path led to it (relative, through a symlinked file or
 * folder): the lock beside it must be the same file for every run on it. A manifest not made
 * yet is named in its folder's real path. A directory is refused (UsageError).
 */
export function canonicalManifestPath(file: string): string {
  const abs = path.resolve(file);
  let real: string;
  try {
    real = realpathSync(abs);
  } catch {
    try {
      real = path.join(realpathSync(path.dirname(abs)), path.basename(abs));
    } catch {
      return abs; // its folder is made (or refused) when the lock is taken
    }
  }
  if (statSync(real, { throwIfNoEntry: false })?.isDirectory()) throw new UsageError(`the manifest ${file} is a directory: name a file with --manifest`);
  return real;
}

const FOLDER_ERRORS = new Set(['EACCES', 'EPERM', 'EROFS', 'ENOTDIR', 'EEXIST', 'EISDIR', 'ENOSPC', 'ELOOP', 'ENAMETOOLONG']);

/** A file-system error met on the way to the manifest, as one clear UsageError (what to give instead); others unchanged. */
export function manifestUnusable(file: string, err: unknown, byDefault: boolean): unknown {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  if (typeof code !== 'string' || !FOLDER_ERRORS.has(code)) return err;
  const instead = byDefault ? ': set XDG_STATE_HOME to a writable folder, or name a file with --manifest' : ': name another file with --manifest';
  return new UsageError(`cannot use the manifest ${file} (${code})${instead}`);
}
