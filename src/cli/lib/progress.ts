/**
 * Progress of a batch on stderr: a bar when stderr is a terminal, one plain line per item
 * otherwise (logs, CI), nothing when turned off. stdout stays for the results. The bar does
 * not handle signals: it gives its stop to `onInterrupt`, for whoever handles Ctrl-C.
 */
import cliProgress from 'cli-progress';

export interface Progress {
  /** One item done; `line` is what a non-terminal sees. */
  tick(line: string, failed: boolean): void;
  stop(): void;
}

export interface ProgressOptions {
  enabled: boolean;
  label: string;
  stream?: NodeJS.WriteStream;
  /** Registers what an interruption must undo (the bar's stop); returns its unregistration. */
  onInterrupt?: (undo: () => void) => () => void;
}

export function createProgress(total: number, options: ProgressOptions): Progress {
  const stream = options.stream ?? process.stderr;
  if (!options.enabled || total === 0) return { tick: () => {}, stop: () => {} };
  if (!stream.isTTY) {
    let done = 0;
    const width = String(total).length;
    return {
      tick: (line) => {
        done++;
        stream.write(`[${String(done).padStart(width)}/${total}] ${line}\n`);
      },
      stop: () => {},
    };
  }
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: `${options.label} |{bar}| {value}/{total} | {failed} failed | ETA {eta_formatted}`,
      hideCursor: true,
      clearOnComplete: false,
      stopOnComplete: false,
    },
    cliProgress.Presets.shades_classic,
  );
  let failed = 0;
  bar.start(total, 0, { failed });
  const unregister = options.onInterrupt?.(() => bar.stop());
  return {
    tick: (_line, itemFailed) => {
      if (itemFailed) failed++;
      bar.increment(1, { failed });
    },
    stop: () => {
      unregister?.();
      bar.stop();
    },
  };
}
