/**
 * Progress of a batch on stderr: a bar when stderr is a terminal, one plain line per item
 * otherwise (logs, CI), nothing when turned off. stdout stays for the results.
 */
import cliProgress from 'cli-progress';

export interface Progress {
  /** One item done; `line` is what a non-terminal sees. */
  tick(line: string, failed: boolean): void;
  stop(): void;
}

export function createProgress(total: number, options: { enabled: boolean; label: string; stream?: NodeJS.WriteStream }): Progress {
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
  const onSignal = () => {
    bar.stop();
    process.exit(130);
  };
  process.once('SIGINT', onSignal);
  return {
    tick: (_line, itemFailed) => {
      if (itemFailed) failed++;
      bar.increment(1, { failed });
    },
    stop: () => {
      process.off('SIGINT', onSignal);
      bar.stop();
    },
  };
}
