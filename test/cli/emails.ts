/** Email files for the send-phishing tests, and the SHA-256 the service names their alerts by. */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { jsonLines, stateHome } from './run-cli.js';

export function email(i: number, body = 'Please see the attached invoice.exe'): string {
  return `From: sender${i}@mail.example\r\nTo: soc@corp.example\r\nSubject: Report ${i}\r\nMessage-ID: <r${i}@mail.example>\r\n\r\n${body} ${i}\r\n`;
}

export const sha = (text: string) => createHash('sha256').update(text).digest('hex');

/** Writes `n` distinct emails as dir/folder/mNN.eml; returns their texts by relative path. */
export async function writeEmails(dir: string, folder: string, n: number, first = 1): Promise<Map<string, string>> {
  await mkdir(path.join(dir, folder), { recursive: true });
  const files = new Map<string, string>();
  for (let i = first; i < first + n; i++) {
    const file = `${folder}/m${String(i).padStart(3, '0')}.eml`;
    files.set(file, email(i));
    await writeFile(path.join(dir, file), email(i));
  }
  return files;
}

/** The default manifests of runs in `dir` (in its state folder, one per destination). */
export async function defaultManifests(dir: string): Promise<string[]> {
  const folder = path.join(stateHome(dir), 'intezer-alerts');
  const names = await readdir(folder).catch(() => [] as string[]);
  return names.filter((n) => n.endsWith('.jsonl')).map((n) => path.join(folder, n));
}

/** The manifest's lines: the one named (relative to `dir`), else the one default manifest of runs in `dir`. */
export async function manifestLines(dir: string, name?: string): Promise<Record<string, unknown>[]> {
  let file = name === undefined ? undefined : path.resolve(dir, name);
  if (file === undefined) {
    const found = await defaultManifests(dir);
    if (found.length !== 1) throw new Error(`expected one default manifest, found ${found.length}`);
    file = found[0]!;
  }
  return jsonLines(await readFile(file, 'utf8'));
}
