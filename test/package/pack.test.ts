/**
 * The package as users get it: build, `npm pack`, install the tarball in an empty project,
 * then `import` it, `require` it, compile a TypeScript consumer against its declarations and
 * run the `intezer-alerts` bin (against the simulator it ships).
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let project: string;

beforeAll(async () => {
  await run('npm', ['run', 'build'], { cwd: root });
  project = await mkdtemp(path.join(tmpdir(), 'intezer-pack-'));
  await run('npm', ['pack', '--pack-destination', project], { cwd: root });
  const tarball = (await readdir(project)).find((f) => f.endsWith('.tgz'));
  await writeFile(path.join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'commonjs' }));
  await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', `./${tarball}`], { cwd: project });
}, 240_000);

afterAll(async () => {
  if (project) await rm(project, { recursive: true, force: true });
});

describe('the packed tarball', () => {
  it('can be required (CommonJS)', async () => {
    const { stdout } = await run('node', ['-e', "const s = require('intezer-alerts-sdk'); console.log(typeof s.Alert, typeof s.queryAlertsHistory, s.AlertVerdict.FALSE_POSITIVE)"], { cwd: project });
    expect(stdout.trim()).toBe('function function false_positive');
  }, 30_000);

  it('can be imported (ES modules)', async () => {
    const { stdout } = await run('node', ['--input-type=module', '-e', "const s = await import('intezer-alerts-sdk'); console.log(typeof s.IntezerClient, new s.AlertNotFoundError('Alert x was not found', { alertId: 'x' }) instanceof s.IntezerError)"], { cwd: project });
    expect(stdout.trim()).toBe('function true');
  }, 30_000);

  it('type-checks a TypeScript consumer against its declarations', async () => {
    await writeFile(
      path.join(project, 'consumer.ts'),
      [
        "import { Alert, queryAlertsHistory, type AlertRecord } from 'intezer-alerts-sdk';",
        'export async function verdicts(): Promise<(string | null | undefined)[]> {',
        "  const alert = await Alert.fromId('x', { wait: true });",
        '  const out: (string | null | undefined)[] = [alert.verdict];',
        '  for await (const a of queryAlertsHistory({ limit: 10 })) out.push((a as AlertRecord).triage_result?.alert_verdict);',
        '  return out;',
        '}',
      ].join('\n'),
    );
    await run(
      path.join(root, 'node_modules/.bin/tsc'),
      ['--noEmit', '--strict', '--skipLibCheck', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--types', 'node', '--typeRoots', path.join(root, 'node_modules/@types'), 'consumer.ts'],
      { cwd: project },
    );
  }, 120_000);

  it('ships the intezer-alerts bin, which runs against its embedded simulator', async () => {
    const bin = path.join(project, 'node_modules/.bin/intezer-alerts');
    const { stdout: version } = await run(bin, ['--version'], { cwd: project });
    expect(version.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const { stdout } = await run(bin, ['--simulator', 'search', '--format', 'jsonl', '--limit-total', '3'], { cwd: project, env: { ...process.env, INTEZER_ANALYZE_API_KEY: '' } });
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(JSON.parse(line)).toHaveProperty('alert_id');
  }, 60_000);
});
