/**
 * Where send-phishing keeps its manifest by default: the user's state folder
 * ($XDG_STATE_HOME, else ~/.local/state), under intezer-alerts/, one file per API root and
 * environment. Not the current folder: the same emails sent from another folder (a SOAR
 * playbook's temp folder, a cron job's) must find what was already sent.
 */
import { createHash } from 'node:crypto';
import { homedir } from 'node:os';
import path from 'node:path';
import type { Destination } from './manifest.js';

export function stateDir(env: NodeJS.ProcessEnv = process.env): string {
  const xdg = env.XDG_STATE_HOME;
  // The XDG spec: a relative path is invalid and must be ignored.
  const base = xdg !== undefined && path.isAbsolute(xdg) ? xdg : path.join(homedir(), '.local', 'state');
  return path.join(base, 'intezer-alerts');
}

/** `<state>/intezer-alerts/manifest-<host>-<hash of api root + environment>.jsonl`; the host only makes it readable. */
export function defaultManifestPath(dest: Destination, env: NodeJS.ProcessEnv = process.env): string {
  const hash = createHash('sha256').update(JSON.stringify([dest.apiRoot, dest.environment])).digest('hex').slice(0, 16);
  let host = 'api';
  try {
    host = new URL(dest.apiRoot).host.replace(/[^A-Za-z0-9.-]/g, '_');
  } catch {
    // not a URL: the hash alone names it
  }
  return path.join(stateDir(env), `manifest-${host}-${hash}.jsonl`);
}
