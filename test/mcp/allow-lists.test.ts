/**
 * Which tools a server lists and answers: read-only by default, write tools with allowWrite,
 * delete_alert with allowDelete, `tools` narrowing (never widening). A tool not allowed is not
 * listed, and a call to it answers exactly as a call to an unknown tool does, sending nothing.
 * Annotations are honest, and every session lists the same tools.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IntezerClient, InvalidArgumentError } from '../../src/index.js';
import { createMcpServer } from '../../src/mcp/index.js';
import { startSimulator, type Simulator } from '../../src/simulator/index.js';
import { FLAVOURS, inProcessSession, simEnv, stdioSession, type Session } from './harness.js';

const READ = ['get_alert', 'search_alerts', 'get_alerts_by_ids', 'get_alert_raw_data'];
const WRITE = ['send_phishing_email', 'send_alert', 'notify_alert'];

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ seed: 5 });
});
afterAll(async () => {
  await sim.close();
});

async function withSession<T>(flavour: 'v1' | 'v2', options: Parameters<typeof inProcessSession>[2], body: (s: Session) => Promise<T>): Promise<T> {
  const s = await inProcessSession(flavour, sim, options);
  try {
    return await body(s);
  } finally {
    await s.close();
  }
}

/** The answer to a call, whether a result or a protocol error, with the tool's name taken out. */
async function answerOf(s: Session, name: string, args: Record<string, unknown>): Promise<string> {
  let answer: unknown;
  try {
    answer = await s.callTool(name, args);
  } catch (err) {
    answer = { error: (err as Error).message, code: (err as { code?: unknown }).code };
  }
  return JSON.stringify(answer).split(name).join('<tool>');
}

describe.each(FLAVOURS)('allow-lists, seen by a %s client', (flavour) => {
  it.each([
    [{}, READ],
    [{ allowWrite: true }, [...READ, ...WRITE]],
    [{ allowDelete: true }, [...READ, 'delete_alert']],
    [{ allowWrite: true, allowDelete: true }, [...READ, ...WRITE, 'delete_alert']],
    [{ allowWrite: true, tools: ['get_alert', 'notify_alert'] }, ['get_alert', 'notify_alert']],
    [{ tools: ['search_alerts', 'delete_alert', 'send_alert'] }, ['search_alerts']],
  ])('with %j lists %j', async (options, expected) => {
    await withSession(flavour, options, async (s) => expect((await s.listTools()).map((t) => t.name)).toStrictEqual(expected));
  });

  it('a call to a tool not allowed answers as a call to an unknown tool, and sends nothing', async () => {
    const target = sim.alerts()[0]!;
    await withSession(flavour, { tools: ['get_alert'] }, async (s) => {
      const before = sim.requests.length;
      const unknown = await answerOf(s, 'no_such_tool', { alert_id: target.alertId });
      for (const name of ['delete_alert', 'notify_alert', 'search_alerts']) {
        expect(await answerOf(s, name, { alert_id: target.alertId })).toBe(unknown);
      }
      expect(sim.requests.length).toBe(before);
      expect(sim.alerts().some((a) => a.alertId === target.alertId)).toBe(true);
    });
  });

  it('annotates each tool honestly', async () => {
    await withSession(flavour, { allowWrite: true, allowDelete: true }, async (s) => {
      const hints = Object.fromEntries((await s.listTools()).map((t) => [t.name, t.annotations]));
      for (const name of READ)
        expect(hints[name], name).toStrictEqual({ readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true });
      for (const name of WRITE)
        expect(hints[name], name).toStrictEqual({ readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true });
      expect(hints.delete_alert).toStrictEqual({ readOnlyHint: false, destructiveHint: true, idempotentHint: true, openWorldHint: true });
    });
  });

  it('describes each tool for a model: when to use it, and bounded waits where it waits', async () => {
    await withSession(flavour, { allowWrite: true, allowDelete: true }, async (s) => {
      for (const t of await s.listTools()) {
        expect(t.description!.length, t.name).toBeGreaterThan(120);
        if (t.inputSchema.properties && 'wait_seconds' in t.inputSchema.properties) expect(t.description, t.name).toMatch(/bounded \(at most 600 s\)/);
        if (['get_alert', 'search_alerts', 'send_phishing_email'].includes(t.name)) expect(t.description, t.name).toMatch(/false_positive \(benign\)/);
      }
    });
  });
});

it('every session lists the same tools: two HTTP sessions, and two stdio processes', async () => {
  const lists: unknown[] = [];
  for (let i = 0; i < 2; i++) await withSession('v1', { allowWrite: true }, async (s) => lists.push(await s.listTools()));
  expect(lists[1]).toStrictEqual(lists[0]);
  const stdio: unknown[] = [];
  for (let i = 0; i < 2; i++) {
    const s = await stdioSession('v1', ['--allow-write'], simEnv(sim));
    stdio.push(await s.listTools());
    await s.close();
  }
  expect(stdio[1]).toStrictEqual(stdio[0]);
  expect(stdio[0]).toStrictEqual(lists[0]);
}, 60_000);

it('createMcpServer refuses an unknown tool name, naming it', () => {
  const client = new IntezerClient({ apiKey: 'test-key-1', baseUrl: sim.baseUrl });
  expect(() => createMcpServer({ client, tools: ['get_alert', 'get_alerts'] })).toThrow(InvalidArgumentError);
  expect(() => createMcpServer({ client, tools: ['get_alerts'] })).toThrow(/get_alerts/);
  client.close();
});
