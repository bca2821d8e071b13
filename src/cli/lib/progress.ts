/**
 * Progress of a send-phishing batch on stderr: a bar when stderr is a terminal, one plain
 * line per step otherwise (logs, CI), nothing when turned off. Sends are counted as they
 * settle, verdicts (with --wait) apart; both are read from the run's tally. stdout stays for
 * the results. The bar does not handle signals: it gives its stop to `onInterrupt`, for
 * whoever ends the process.
 */
import cliProgress from 'cli-progress';
import type { Tally } from './send-tally.js';

export interface Progress {
  /** An email's send settled (or changed: an unknown outcome resolved); `line` is what a non-terminal sees. */
  sent(line: string): void;
  /** An email's verdict came, or its wait failed. */
  verdict(line: string): void;
  /** Something the person watching must know (a stop under way). */
  note(text: string): void;
  stop(): void;
}

export interface ProgressOptions {
  enabled: boolean;
  label: string;
  /** Whether verdicts are awaited (counted beside the sends). */
  wait: boolean;
  stream?: NodeJS.WriteStream;
  /** Registers what an interruption must undo (the bar's stop); returns its unregistration. */
  onInterrupt?: (undo: () => void) => () => void;
}

const noteLine = (stream: NodeJS.WriteStream) => (text: string) => stream.write(`intezer-alerts: ${text}\n`);

function lines(t: Tally, stream: NodeJS.WriteStream): Progress {
  const width = String(t.total).length;
  const write = (head: string, n: number, line: string) => stream.write(`[${head}${String(n).padStart(width)}/${t.total}] ${line}\n`);
  return {
    sent: (line) => write('', t.settled, line),
    verdict: (line) => write('verdict ', t.verdicts + t.waitFailures, line),
    note: noteLine(stream),
    stop: () => {},
  };
}

interface BarState {
  label: string;
  value: number;
  total: number;
  /** With --wait: the verdicts so far. */
  verdicts?: number;
  failed: number;
  unknown: number;
  eta: string;
  /** 0..1 */
  progress: number;
  note: string;
}

/**
 * The bar's line, fit to `width` columns. What is cut first is what matters least: the bar
 * narrows, then the label, the ETA, the verdicts and the unknown count go; the sent and
 * failed counts and the note (a stop under way) stay, the note cut last, with "…".
 */
function barLine(width: number, s: BarState): string {
  const room = Math.max(20, width - 1); // the last column would wrap on some terminals
  const core = [`${s.value}/${s.total} sent`, `${s.failed} failed`];
  const optional: [number, string][] = [
    [2, s.unknown ? `${s.unknown} unknown` : ''],
    [1, s.verdicts !== undefined ? `${s.verdicts} verdicts` : ''],
    [3, `ETA ${s.eta}`],
  ];
  const note = s.note;
  const join = (parts: string[]) => parts.filter((x) => x !== '').join(' | ');
  const build = (keep: Set<number>, label: boolean, barWidth: number, noteText: string) => {
    const parts = [core[0]!, keep.has(1) ? optional[1]![1] : '', core[1]!, keep.has(2) ? optional[0]![1] : '', keep.has(3) ? optional[2]![1] : '', noteText];
    const filled = Math.round(Math.min(1, Math.max(0, s.progress)) * barWidth);
    const bar = barWidth > 0 ? `|${'\u2588'.repeat(filled)}${'\u2591'.repeat(barWidth - filled)}| ` : '';
    return `${label ? `${s.label} ` : ''}${bar}${join(parts)}`;
  };
  // Drop optional parts, least important first, until the line fits with at least a short bar.
  const keep = new Set([1, 2, 3]);
  const order = [3, 1, 2];
  for (let label = true; ;) {
    const bare = build(keep, label, 0, note);
    const barWidth = Math.min(40, room - bare.length - 3);
    if (barWidth >= 10) return build(keep, label, barWidth, note);
    if (label) label = false;
    else if (order.length) keep.delete(order.shift()!);
    else {
      const line = build(keep, false, 0, note);
      return line.length <= room ? line : `${line.slice(0, room - 1)}…`;
    }
  }
}

function bar(t: Tally, options: ProgressOptions, stream: NodeJS.WriteStream): Progress {
  let note = '';
  const b = new cliProgress.SingleBar(
    {
      stream,
      format: (_opts, params) =>
        barLine(stream.columns || 80, {
          label: options.label,
          value: params.value,
          total: params.total,
          ...(options.wait && { verdicts: t.verdicts }),
          failed: t.count('failed') + t.waitFailures,
          unknown: t.count('unknown'),
          // Before the first send settles the ETA is not a number: shown as '-'.
          eta: Number.isFinite(params.eta) && params.value > 0 ? cliProgress.Format.TimeFormat(params.eta, _opts, 1) : '-',
          progress: params.progress,
          note,
        }),
      hideCursor: true,
      clearOnComplete: false,
      stopOnComplete: false,
    },
    cliProgress.Presets.shades_classic,
  );
  b.start(t.total, t.settled);
  const unregister = options.onInterrupt?.(() => b.stop());
  const show = () => b.update(t.settled);
  return {
    sent: show,
    verdict: show,
    note: (text) => {
      note = text;
      show();
    },
    stop: () => {
      unregister?.();
      b.stop();
    },
  };
}

export function createProgress(tally: Tally, options: ProgressOptions): Progress {
  const stream = options.stream ?? process.stderr;
  if (!options.enabled || tally.total === 0) return { sent: () => {}, verdict: () => {}, note: noteLine(stream), stop: () => {} };
  return stream.isTTY ? bar(tally, options, stream) : lines(tally, stream);
}
