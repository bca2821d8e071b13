/**
 * The package as users get it: a fresh clone of the repository (its committed HEAD, nothing
 * left behind by this checkout), `npm ci`, `npm pack` (which builds: the `prepare` script),
 * the tarball installed in an empty project; then `import` and `require` of both entries,
 * a TypeScript consumer compiled against the declarations, and the `intezer-alerts` bin.
 */
import { execFile, spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let work: string;
let project: string;
let installed: string;

/** Every file below `dir`, relative to it. */
async function filesBelow(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
}

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'intezer-pack-'));
  const clone = path.join(work, 'clone');
  project = path.join(work, 'project');
  await run('git', ['clone', '--quiet', '--no-hardlinks', root, clone]);
  await run('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund', '--prefer-offline'], { cwd: clone });
  await run('mkdir', ['-p', project]);
  await run('npm', ['pack', '--pack-destination', project], { cwd: clone });
  const tarball = (await readdir(project)).find((f) => f.endsWith('.tgz'));
  await writeFile(path.join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'commonjs' }));
  await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', `./${tarball}`], { cwd: project });
  installed = path.join(project, 'node_modules/intezer-alerts-sdk');
}, 300_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('the packed tarball of a fresh clone', () => {
  it('holds the built code: both module trees, the bin, and no TypeScript sources but declarations', async () => {
    const files = await filesBelow(installed);
    expect(files).toContain('dist/esm/src/index.js');
    expect(files).toContain('dist/cjs/src/index.js');
    expect(files).toContain('dist/esm/src/cli/main.js');
    expect(files).toContain('dist/esm/src/simulator/index.js');
    expect(files).toContain('dist/esm/src/mcp/index.js');
    expect(files).toContain('dist/cjs/src/mcp/index.js');
    expect(files.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))).toStrictEqual([]);
  });

  it('ships source maps that carry their sources', async () => {
    const maps = (await filesBelow(installed)).filter((f) => f.endsWith('.js.map'));
    expect(maps.length).toBeGreaterThan(50);
    for (const f of maps) {
      const map = JSON.parse(await readFile(path.join(installed, f), 'utf8')) as { sources: string[]; sourcesContent?: string[] };
      expect(map.sourcesContent?.length, f).toBe(map.sources.length);
    }
  });

  it('declares no @internal member (the client loop, the operation table helpers)', async () => {
    const client = await readFile(path.join(installed, 'dist/esm/src/client/client.d.ts'), 'utf8');
    expect(client).toContain('class IntezerClient');
    for (const member of ['call<', 'requireAvailable', 'secretCount', 'download(']) expect(client).not.toContain(member);
  });

  it('can be required (CommonJS)', async () => {
    const { stdout } = await run(
      'node',
      ['-e', "const s = require('intezer-alerts-sdk'); console.log(typeof s.Alert, typeof s.queryAlertsHistory, s.AlertVerdict.FALSE_POSITIVE)"],
      { cwd: project },
    );
    expect(stdout.trim()).toBe('function function false_positive');
  }, 30_000);

  it('can be imported (ES modules)', async () => {
    const { stdout } = await run(
      'node',
      [
        '--input-type=module',
        '-e',
        "const s = await import('intezer-alerts-sdk'); console.log(typeof s.IntezerClient, new s.AlertNotFoundError('Alert x was not found', { alertId: 'x' }) instanceof s.IntezerError)",
      ],
      { cwd: project },
    );
    expect(stdout.trim()).toBe('function true');
  }, 30_000);

  it.each([
    ['import', "const { startSimulator } = await import('intezer-alerts-sdk/simulator');"],
    ['require', "const { startSimulator } = require('intezer-alerts-sdk/simulator');"],
  ])(
    'intezer-alerts-sdk/simulator (%s) starts a simulator the SDK can read alerts from',
    async (kind, load) => {
      const script = `${load}
      const { IntezerClient, queryAlertsHistory } = require('intezer-alerts-sdk');
      const sim = await startSimulator({ seed: 3 });
      const client = new IntezerClient({ apiKey: sim.apiKey, baseUrl: sim.baseUrl });
      const alerts = await queryAlertsHistory({ client }).all();
      console.log(alerts.length, sim.baseUrl.startsWith('http://127.0.0.1:'));
      client.close();
      await sim.close();`;
      const args =
        kind === 'import'
          ? ['--input-type=module', '-e', `import { createRequire } from 'node:module'; const require = createRequire(process.cwd() + '/'); ${script}`]
          : ['-e', `(async () => { ${script} })()`];
      const { stdout } = await run('node', args, { cwd: project });
      expect(stdout.trim()).toBe('3 true');
    },
    30_000,
  );

  it.each([
    ['import', "const { createMcpServer, startMcpHttp } = await import('intezer-alerts-sdk/mcp');"],
    ['require', "const { createMcpServer, startMcpHttp } = require('intezer-alerts-sdk/mcp');"],
  ])(
    'intezer-alerts-sdk/mcp (%s) serves the alerts tools over HTTP behind its bearer',
    async (kind, load) => {
      const script = `${load}
      const { IntezerClient } = require('intezer-alerts-sdk');
      const { startSimulator } = require('intezer-alerts-sdk/simulator');
      const sim = await startSimulator({ seed: 3 });
      const client = new IntezerClient({ apiKey: sim.apiKey, baseUrl: sim.baseUrl });
      const http = await startMcpHttp({ factory: () => createMcpServer({ client }), token: 'pack-token', port: 0 });
      const call = (auth) => fetch(http.url, { method: 'POST', headers: { ...(auth && { authorization: auth }), 'content-type': 'application/json', accept: 'application/json, text/event-stream', 'mcp-protocol-version': '2025-06-18' },
        body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'search_alerts', arguments: { limit: 2 } } }) });
      const refused = await call('Bearer wrong');
      const answer = await (await call('Bearer pack-token')).text();
      const result = JSON.parse(answer.split('\\n').find((l) => l.startsWith('data: ')).slice(6)).result;
      console.log(refused.status, result.structuredContent.total, result.structuredContent.alerts.length, typeof result.structuredContent.next_cursor);
      await http.close();
      client.close();
      await sim.close();`;
      const args =
        kind === 'import'
          ? ['--input-type=module', '-e', `import { createRequire } from 'node:module'; const require = createRequire(process.cwd() + '/'); ${script}`]
          : ['-e', `(async () => { ${script} })()`];
      const { stdout } = await run('node', args, { cwd: project });
      expect(stdout.trim()).toBe('401 3 2 string');
    },
    30_000,
  );

  it('type-checks a TypeScript consumer against its declarations (the three entries)', async () => {
    await writeFile(
      path.join(project, 'consumer.ts'),
      [
        "import { Alert, queryAlertsHistory, type AlertRecord } from 'intezer-alerts-sdk';",
        "import { startSimulator, type Simulator } from 'intezer-alerts-sdk/simulator';",
        "import { createMcpServer, type McpServerOptions } from 'intezer-alerts-sdk/mcp';",
        "export const mcp = (options: McpServerOptions) => createMcpServer({ ...options, allowWrite: true, tools: ['get_alert'] });",
        'export async function verdicts(): Promise<(string | null | undefined)[]> {',
        '  const sim: Simulator = await startSimulator();',
        "  const alert = await Alert.fromId('x', { wait: true });",
        '  const out: (string | null | undefined)[] = [alert.verdict, sim.baseUrl];',
        '  for await (const a of queryAlertsHistory({ limit: 10 })) out.push((a as AlertRecord).triage_result?.alert_verdict);',
        '  return out;',
        '}',
      ].join('\n'),
    );
    await run(
      path.join(root, 'node_modules/.bin/tsc'),
      [
        '--noEmit',
        '--strict',
        '--skipLibCheck',
        '--module',
        'nodenext',
        '--moduleResolution',
        'nodenext',
        '--target',
        'es2022',
        '--types',
        'node',
        '--typeRoots',
        path.join(root, 'node_modules/@types'),
        'consumer.ts',
      ],
      { cwd: project },
    );
    // The older resolution (`moduleResolution: node`) ignores "exports": the subpaths resolve through "typesVersions".
    await run(
      path.join(root, 'node_modules/.bin/tsc'),
      [
        '--noEmit',
        '--strict',
        '--skipLibCheck',
        '--module',
        'commonjs',
        '--moduleResolution',
        'node',
        '--target',
        'es2022',
        '--types',
        'node',
        '--typeRoots',
        path.join(root, 'node_modules/@types'),
        'consumer.ts',
      ],
      { cwd: project },
    );
  }, 120_000);

  it('ships the intezer-alerts bin, which runs against its embedded simulator', async () => {
    const bin = path.join(project, 'node_modules/.bin/intezer-alerts');
    const { stdout: version } = await run(bin, ['--version'], { cwd: project });
    expect(version.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const { stdout } = await run(bin, ['--simulator', 'search', '--format', 'jsonl', '--limit-total', '3'], {
      cwd: project,
      env: { ...process.env, INTEZER_ANALYZE_API_KEY: '' },
    });
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(JSON.parse(line)).toHaveProperty('alert_id');
  }, 60_000);

  it('intezer-alerts mcp --simulator answers initialize on stdout, with its notes on stderr', async () => {
    const child = spawn(path.join(project, 'node_modules/.bin/intezer-alerts'), ['mcp', '--simulator'], {
      cwd: project,
      env: { ...process.env, INTEZER_ANALYZE_API_KEY: '' },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (err += c.toString('utf8')));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.stdin.write(
      `${JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'pack', version: '1' } } })}\n`,
    );
    for (const until = Date.now() + 20_000; !out.includes('\n') && Date.now() < until;) await new Promise((r) => setTimeout(r, 50));
    child.stdin.end();
    expect(await exited).toBe(0);
    expect(JSON.parse(out.trim())).toMatchObject({ id: 1, result: { serverInfo: { name: 'intezer-alerts' } } });
    expect(err).toContain('MCP server on stdio');
  }, 60_000);

  it('npx intezer-alerts simulator --port 0 prints a base URL the installed SDK reaches; a SIGTERM to it stops the simulator', async () => {
    // Its own process group: the signal reaches the CLI behind npx, as a terminal's Ctrl-C does.
    const child = spawn('npx', ['--no-install', 'intezer-alerts', 'simulator', '--port', '0'], {
      cwd: project,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
    const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
    let baseUrl: string | undefined;
    try {
      const deadline = Date.now() + 20_000;
      while (!/INTEZER_ANALYZE_API_KEY=\S+/.test(out) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      baseUrl = /INTEZER_ANALYZE_BASE_URL=(\S+)/.exec(out)?.[1];
      const apiKey = /INTEZER_ANALYZE_API_KEY=(\S+)/.exec(out)?.[1];
      expect(baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/$/);
      const { stdout } = await run(
        'node',
        ['-e', "const s = require('intezer-alerts-sdk'); s.queryAlertsHistory({ client: new s.IntezerClient() }).all().then((a) => console.log(a.length))"],
        {
          cwd: project,
          env: { ...process.env, INTEZER_ANALYZE_BASE_URL: baseUrl, INTEZER_ANALYZE_API_KEY: apiKey },
        },
      );
      expect(Number(stdout.trim())).toBeGreaterThan(0);
    } finally {
      process.kill(-child.pid!, 'SIGTERM');
    }
    await exited;
    // The CLI behind npx closes its server as it exits: its port soon refuses connections.
    let refused = false;
    for (const until = Date.now() + 5000; !refused && Date.now() < until; await new Promise((r) => setTimeout(r, 100))) {
      refused = await fetch(baseUrl!).then(
        () => false,
        () => true,
      );
    }
    expect(refused).toBe(true);
  }, 60_000);
});
