/**
 * Runs the CLI: `run` parses, runs the command, reports a failure as one line on stderr, and
 * resolves with the exit code (0 ok, 1 failed, 2 usage, 3 auth, 4 not found, 130/143
 * stopped by SIGINT/SIGTERM); `main`, the process's entry, is the one place that handles
 * signals and ends the process.
 */
import { CommanderError } from 'commander';
import { CliContext } from './context.js';
import { describeError } from './lib/describe-error.js';
import { ExitCode, STOP_SIGNALS, exitCodeFor, exitCodeForSignal, type StopSignal } from './lib/exit-codes.js';
import { BrokenPipeError, flush } from './lib/writer.js';
import { buildProgram } from './program.js';

function commanderExit(err: CommanderError): number {
  if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version') return ExitCode.OK;
  // commander.help with exitCode 1 is help shown instead of a command: a usage error too.
  return err.exitCode === 0 ? ExitCode.OK : ExitCode.USAGE;
}

async function run(argv: readonly string[], ctx: CliContext = new CliContext()): Promise<number> {
  try {
    await buildProgram(ctx).parseAsync([...argv], { from: 'user' });
    return ctx.exitCode;
  } catch (err) {
    if (err instanceof CommanderError) return commanderExit(err);
    if (err instanceof BrokenPipeError) return ctx.exitCode;
    ctx.note(describeError(err));
    return exitCodeFor(err);
  } finally {
    await ctx.close().catch(() => undefined);
  }
}

/**
 * Runs the CLI and exits with its code once stdout and stderr are flushed. The first SIGINT
 * or SIGTERM asks a command that can stop cleanly (a batch) to finish what is in flight; any
 * other command, and any second signal, ends the process at once with 130 / 143, undoing
 * what the run registered (a progress bar's hidden cursor).
 */
export async function main(argv: readonly string[]): Promise<never> {
  const ctx = new CliContext();
  const onSignal = (signal: StopSignal) => {
    if (ctx.requestStop(signal)) return;
    ctx.interrupt();
    process.exit(exitCodeForSignal(signal));
  };
  for (const s of STOP_SIGNALS) process.on(s, onSignal);
  const code = await run(argv, ctx);
  for (const s of STOP_SIGNALS) process.off(s, onSignal);
  await Promise.all([flush(process.stdout), flush(process.stderr)]);
  process.exit(code);
}
