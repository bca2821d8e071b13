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

function bar(t: Tally, options: ProgressOptions, stream: NodeJS.WriteStream): Progress {
  const b = new cliProgress.SingleBar(
    {
      stream,
      format: `${options.label} |{bar}| {value}/{total} sent{verdicts} | {failed} failed{unknown} | ETA {eta_formatted}{note}`,
      hideCursor: true,
      // Before the first send settles the ETA is the string 'INF', which the default format mangles.
      formatTime: (time, opts, round) => (typeof time === 'number' && Number.isFinite(time) ? cliProgress.Format.TimeFormat(time, opts, round) : '-'),
      clearOnComplete: false,
      stopOnComplete: false,
    },
    cliProgress.Presets.shades_classic,
  );
  let note = '';
  const payload = () => ({
    verdicts: options.wait ? ` | ${t.verdicts} verdicts` : '',
    failed: t.count('failed') + t.waitFailures,
    unknown: t.count('unknown') ? ` | ${t.count('unknown')} unknown` : '',
    note,
  });
  b.start(t.total, t.settled, payload());
  const unregister = options.onInterrupt?.(() => b.stop());
  const show = () => b.update(t.settled, payload());
  return {
    sent: show,
    verdict: show,
    note: (text) => {
      note = ` | ${text}`;
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
