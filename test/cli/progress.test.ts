/** send-phishing's progress, in-process: sends counted as they settle, verdicts apart, on a terminal or not. */
import { PassThrough } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import { CliContext } from '../../src/cli/context.js';
import { createProgress } from '../../src/cli/lib/progress.js';
import { Tally, type SendState } from '../../src/cli/lib/send-tally.js';

/** A stderr that says whether it is a terminal, keeping what is written. */
function stderr(isTTY: boolean): { stream: NodeJS.WriteStream; text: () => string } {
  const stream = Object.assign(new PassThrough(), { isTTY, columns: 160 }) as unknown as NodeJS.WriteStream;
  let text = '';
  stream.on('data', (c: Buffer) => (text += c.toString('utf8')));
  return { stream, text: () => text };
}
const SHOW_CURSOR = '\x1b[?25h';
/** The bar as last drawn (cli-progress redraws the line in place), without its escape codes. */
const lastDraw = (text: string) =>
  text
    .split(/\r|\x1b\[\d*G/)
    .map((s) => s.replace(/\x1b\[[0-9;?]*[A-Za-z]|\x1b[78]/g, '').trim())
    .filter((s) => s.includes('|'))
    .at(-1) ?? '';

/** A --wait bar on a terminal, whose emails settle as `states` says; `drawn()` stops it and gives its last draw. */
function barAfter(total: number, states: [string, SendState][]) {
  const { stream, text } = stderr(true);
  const tally = new Tally(total);
  const progress = createProgress(tally, { enabled: true, label: 'send-phishing', wait: true, stream });
  for (const [file, state] of states) {
    tally.send(file, state);
    progress.sent(`${file}: ${state}`);
  }
  // stop() draws the bar as it stands (redraws are throttled before).
  return { tally, progress, drawn: () => (progress.stop(), lastDraw(text())) };
}

describe('progress', () => {
  it('on a terminal the bar counts sends as they settle, before any verdict, and verdicts apart', () => {
    const { drawn } = barAfter(3, [
      ['a', 'sent'],
      ['b', 'failed'],
    ]);
    expect(drawn()).toMatch(/ 2\/3 sent \| 0 verdicts \| 1 failed \|/);
  });

  it('on a terminal, before the first send settles, the ETA reads "-"', () => {
    expect(barAfter(3, []).drawn()).toMatch(/ 0\/3 sent \| 0 verdicts \| 0 failed \| ETA -$/);
  });

  it('on a terminal the verdicts, the unknown outcomes and a stop note show beside the sends', () => {
    const { tally, progress, drawn } = barAfter(3, [
      ['a', 'sent'],
      ['b', 'failed'],
      ['c', 'unknown'],
    ]);
    tally.verdict('a', true);
    progress.verdict('a: finished');
    progress.note('SIGINT: finishing the emails in flight');
    expect(drawn()).toMatch(/ 3\/3 sent \| 1 verdicts \| 1 failed \| 1 unknown \| .*\| SIGINT: finishing the emails in flight/);
  });

  it('off a terminal: one numbered line per send, and one per verdict', () => {
    const { stream, text } = stderr(false);
    const tally = new Tally(2);
    const progress = createProgress(tally, { enabled: true, label: 'send-phishing', wait: true, stream });
    tally.send('a', 'sent');
    progress.sent('a: sent');
    tally.send('b', 'sent');
    progress.sent('b: sent');
    tally.verdict('b', false);
    progress.verdict('b: timeout');
    expect(text()).toBe('[1/2] a: sent\n[2/2] b: sent\n[verdict 1/2] b: timeout\n');
  });

  it('the bar leaves signals alone: an interrupt of the run (CliContext.interrupt) stops it', () => {
    const { stream, text } = stderr(true);
    const ctx = new CliContext();
    const listeners = process.listenerCount('SIGINT');
    const tally = new Tally(3);
    const progress = createProgress(tally, { enabled: true, label: 'test', wait: false, stream, onInterrupt: (undo) => ctx.onInterrupt(undo) });
    expect(process.listenerCount('SIGINT')).toBe(listeners);
    tally.send('a', 'sent');
    progress.sent('a');
    expect(text()).not.toContain(SHOW_CURSOR);
    ctx.interrupt();
    expect(text()).toContain(SHOW_CURSOR);
  });

  it('stopping the bar takes its stop back from the run', () => {
    const unregister = vi.fn();
    createProgress(new Tally(2), { enabled: true, label: 'test', wait: false, stream: stderr(true).stream, onInterrupt: () => unregister }).stop();
    expect(unregister).toHaveBeenCalledOnce();
  });

  it('CliContext.interrupt runs each undo registered and not taken back, once', () => {
    const ctx = new CliContext();
    const kept = vi.fn();
    const taken = vi.fn();
    ctx.onInterrupt(kept);
    ctx.onInterrupt(taken)();
    ctx.interrupt();
    ctx.interrupt();
    expect(kept).toHaveBeenCalledOnce();
    expect(taken).not.toHaveBeenCalled();
  });

  it('a stop request reaches a command that asked for the signal, once; without one the process must end at once', () => {
    const ctx = new CliContext();
    expect(ctx.requestStop('SIGINT')).toBe(false);
    const stop = ctx.stopSignal();
    expect(ctx.requestStop('SIGTERM')).toBe(true);
    expect([stop.aborted, ctx.stoppedBy]).toEqual([true, 'SIGTERM']);
    // The second signal: end now.
    expect(ctx.requestStop('SIGINT')).toBe(false);
  });
});
