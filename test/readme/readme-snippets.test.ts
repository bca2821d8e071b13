/**
 * Every TypeScript snippet of README.md runs here, against the local simulator, so the
 * README cannot rot. Snippets are taken from the README as written; only the placeholders a
 * reader would fill in ('<api_key>', '<alert_id>', the .eml path, the example ids) and the
 * package name are replaced.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { resetGlobalApi, setGlobalApi } from '../../src/index.js';
import { startSimulator, type Simulator } from '../../src/simulator/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const workDir = path.join(root, '.tmp', 'readme-snippets');

/** `<!-- snippet: name -->` followed by a ```ts block; the first example is named too. */
async function readmeSnippets(): Promise<Map<string, string>> {
  const text = await readFile(path.join(root, 'README.md'), 'utf8');
  const out = new Map<string, string>();
  for (const m of text.matchAll(/<!-- snippet: ([\w-]+) -->\s*```ts\n([\s\S]*?)```/g)) out.set(m[1]!, m[2]!);
  return out;
}

let sim: Simulator;
let snippets: Map<string, string>;
let logged: string[];

beforeAll(async () => {
  sim = await startSimulator({ triageMs: 100, analysisMs: 30, operationMs: 30, seed: 0 });
  snippets = await readmeSnippets();
  await mkdir(workDir, { recursive: true });
});

afterAll(async () => {
  resetGlobalApi();
  await sim.close();
  await rm(workDir, { recursive: true, force: true });
});

afterEach(() => {
  vi.restoreAllMocks();
  resetGlobalApi();
});

/** Writes the snippet with its placeholders filled in and runs it; returns what it logged. */
async function run(name: string, fill: Record<string, string> = {}): Promise<string> {
  let code = snippets.get(name);
  if (code === undefined) throw new Error(`README has no snippet "${name}"`);
  const connect = `{ apiKey: ${JSON.stringify(sim.apiKey)}, baseUrl: ${JSON.stringify(sim.baseUrl)}, pollIntervalMs: 20 }`;
  code = code
    .replaceAll("from 'intezer-alerts-sdk'", `from ${JSON.stringify(pathToFileURL(path.join(root, 'src/index.ts')).href)}`)
    .replaceAll("setGlobalApi('<api_key>')", `setGlobalApi(${connect})`)
    .replaceAll('setGlobalApi()', `setGlobalApi(${connect})`);
  for (const [from, to] of Object.entries(fill)) code = code.replaceAll(from, to);
  if (!code.includes('setGlobalApi(')) setGlobalApi({ apiKey: sim.apiKey, baseUrl: sim.baseUrl, pollIntervalMs: 20 });
  logged = [];
  vi.spyOn(console, 'log').mockImplementation(
    (...args: unknown[]) => void logged.push(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ')),
  );
  const file = path.join(workDir, `${name}-${Date.now()}.ts`);
  await writeFile(file, code);
  await import(pathToFileURL(file).href);
  return logged.join('\n');
}

const finishedAlert = (init: Parameters<Simulator['addAlert']>[0] = {}) =>
  sim.addAlert({ verdict: 'confirmed_threat', familyName: 'Agent Tesla', source: 's1', ...init });

describe('README snippets', () => {
  it('has every snippet the tests expect', () => {
    expect([...snippets.keys()].sort()).toEqual([
      'bulk',
      'cancellation',
      'first-example',
      'from-id',
      'history',
      'logging',
      'mcp-server',
      'notify-delete',
      'polling',
      'raw-data',
      'scans',
      'send-alert',
      'send-phishing',
      'simulator',
      'watch-alerts',
    ]);
  });

  it('first example: fetches an alert with its scans', async () => {
    const a = finishedAlert();
    const out = await run('first-example', { '<alert_id>': a.alertId });
    expect(out).toBe('finished confirmed_threat Agent Tesla');
  });

  it('send a phishing email: submits the file and waits for the verdict', async () => {
    const eml = path.join(workDir, 'reported.eml');
    await writeFile(eml, 'From: attacker@example.com\r\nSubject: your invoice\r\n\r\nopen invoice.exe now\r\n');
    const out = await run('send-phishing', { '/path/to/reported.eml': eml });
    const [alertId, verdict, family] = out.split(' ');
    expect(verdict).toBe('confirmed_threat');
    expect(family).toBe('Agent');
    expect(sim.alerts().some((a) => a.alertId === alertId)).toBe(true);
    expect(sim.ingests).toHaveLength(1);
  });

  it('send an EDR alert: sends it as JSON and waits for the verdict; sent again, it is already held', async () => {
    const out = await run('send-alert');
    const [alertId, verdict] = out.split(' ');
    expect(verdict).toBe('confirmed_threat');
    const held = sim.alerts().find((a) => a.alertId === alertId);
    expect(held).toMatchObject({ source: 's1' });
    expect(held!.rawData).toMatchObject({ threatInfo: { threatName: 'invoice.exe' } });
    expect(await run('send-alert')).toBe(`already sent as ${alertId}`);
  });

  it('fetch by id: waits and lists the three scans', async () => {
    const a = finishedAlert();
    const out = await run('from-id', { '<alert_id>': a.alertId });
    const lines = out.split('\n');
    expect(lines[0]).toBe('finished confirmed_threat');
    expect(
      lines
        .slice(1)
        .map((l) => JSON.parse(l).kind)
        .sort(),
    ).toEqual(['endpoint', 'file', 'url']);
  });

  it('polling: waits for an alert still in triage and reads its result', async () => {
    const a = sim.addAlert({ verdict: 'false_positive', triageMs: 150 });
    const out = await run('polling', { '<alert_id>': a.alertId });
    expect(out).toBe('false_positive');
  });

  it('scans and raw data: prints each report by kind, then the raw payload', async () => {
    const a = finishedAlert();
    const out = await run('scans', { '<alert_id>': a.alertId });
    const lines = out.split('\n');
    expect(
      lines
        .slice(0, 3)
        .map((l) => l.split(' ')[0])
        .sort(),
    ).toEqual(['endpoint', 'file', 'url']);
    expect(JSON.parse(lines[3]!)).toEqual(a.rawData);
  });

  it('notify and delete: channels, then the alert is gone', async () => {
    const a = finishedAlert({ notifyChannels: ['email', 'slack'] });
    const out = await run('notify-delete', { '<alert_id>': a.alertId });
    expect(out.split('\n')[0]).toBe('Notified: ["email","slack"]');
    expect(out.split('\n')[1]).toMatch(/^finished /);
    expect(sim.alerts().some((x) => x.alertId === a.alertId)).toBe(false);
  });

  it('raw data: the answer as sent (here a download link), then the payload it points at', async () => {
    const a = finishedAlert({ rawData: { edr: 'payload' }, rawDataForm: 'link' });
    const out = await run('raw-data', { '<alert_id>': a.alertId });
    expect(out.split('\n')).toEqual(['result_url,metadata', JSON.stringify({ edr: 'payload' })]);
  });

  it('cancellation: a signal on a wait and on a history walk', async () => {
    const a = finishedAlert();
    const out = await run('cancellation', { '<alert_id>': a.alertId });
    const lines = out.split('\n');
    expect(lines[0]).toBe('finished');
    expect(lines).toHaveLength(2);
  });

  it('logging: a client made from the environment logs each attempt at debug', async () => {
    vi.stubEnv('INTEZER_ANALYZE_API_KEY', sim.apiKey);
    vi.stubEnv('INTEZER_ANALYZE_BASE_URL', sim.baseUrl);
    try {
      const out = await run('logging', { '<alert_id>': finishedAlert().alertId });
      expect(out).toBe('true');
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('the simulator entry: a simulator of its own, read through a client of its own', async () => {
    const out = await run('simulator', {
      "from 'intezer-alerts-sdk/simulator'": `from ${JSON.stringify(pathToFileURL(path.join(root, 'src/simulator/index.ts')).href)}`,
    });
    expect(out).toBe('5');
  });

  it('follow changes: the matching changes once each, and a rerun from the saved checkpoint only what changed since', async () => {
    const saved = path.join(workDir, 'watch-checkpoint.json');
    const fill = { 'watch-checkpoint.json': saved };
    const threats = [finishedAlert(), finishedAlert({ verdict: 'likely_true_positive', familyName: null })];
    finishedAlert({ verdict: 'false_positive', familyName: null });
    const first = (await run('watch-alerts', fill)).split('\n');
    // Every alert of the shared simulator whose current state matches, earlier tests' too.
    const latest = new Map(sim.updates().map((u) => [`${u.environment}/${u.alertId}`, `${u.environment}/${u.alertId}@${u.alertUpdateTime}`]));
    const matching = sim.alerts().filter((a) => ['confirmed_threat', 'likely_true_positive'].includes(a.triage.verdict) && a.updatedAt !== undefined);
    expect(first.map((l) => l.split(' ')[0]).sort()).toEqual(matching.map((a) => latest.get(`${a.environment}/${a.alertId}`)).sort());
    expect(matching.length).toBeGreaterThanOrEqual(threats.length);
    expect(await run('watch-alerts', fill)).toBe('');
    sim.updateAlert(threats[0]!.alertId, { note: 'contained' });
    const third = await run('watch-alerts', fill);
    expect(third).toBe(`${threats[0]!.environment}/${threats[0]!.alertId}@${sim.updates().at(-1)!.alertUpdateTime} confirmed_threat`);
  });

  it('the MCP entry: createMcpServer served over HTTP on 127.0.0.1 behind the bearer', async () => {
    vi.stubEnv('INTEZER_ANALYZE_API_KEY', sim.apiKey);
    vi.stubEnv('INTEZER_ANALYZE_BASE_URL', sim.baseUrl);
    vi.stubEnv('INTEZER_MCP_TOKEN', 'readme-token');
    try {
      const out = await run('mcp-server', {
        "from 'intezer-alerts-sdk/mcp'": `from ${JSON.stringify(pathToFileURL(path.join(root, 'src/mcp/index.ts')).href)}`,
      });
      expect(out).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/mcp$/);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('bulk fetch: one request for three ids', async () => {
    const ids = [finishedAlert(), finishedAlert(), finishedAlert()].map((a) => a.alertId);
    const out = await run('bulk', { "['id-1', 'id-2', 'id-3']": JSON.stringify(ids) });
    const lines = out.split('\n');
    expect(lines[0]).toBe('3');
    expect(
      lines
        .slice(1)
        .map((l) => l.split(' ')[0])
        .sort(),
    ).toEqual([...ids].sort());
  });

  it('history: filters by source and verdict over the last week, streams and collects', async () => {
    sim.reset({ seed: 0 });
    const match = [finishedAlert({ source: 's1' }), finishedAlert({ source: 'cs', verdict: 'likely_true_positive' })];
    finishedAlert({ source: 'xsoar' });
    finishedAlert({ source: 's1', verdict: 'false_positive' });
    const out = await run('history');
    const lines = out.split('\n');
    expect(
      lines
        .slice(0, 2)
        .map((l) => l.split(' ')[0])
        .sort(),
    ).toEqual(match.map((a) => a.alertId).sort());
    expect(lines[2]).toBe('total matching: 2');
    expect(lines[3]).toBe('2');
  });
});
