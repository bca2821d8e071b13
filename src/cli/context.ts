/**
 * What commands get from the program: stdout, stderr, the session, where to put the exit
 * code, what to undo when the run is cut short, and the stop request of a first signal.
 */
import type { Command } from 'commander';
import { ExitCode, type StopSignal } from './lib/exit-codes.js';
import { OutputWriter } from './lib/writer.js';
import { Session, type GlobalOptions } from './session.js';

export class CliContext {
  readonly out: OutputWriter;
  readonly stderr: NodeJS.WriteStream;
  exitCode: number = ExitCode.OK;
  #session: Session | undefined;
  readonly #onInterrupt = new Set<() => void>();
  readonly #stop = new AbortController();
  #stoppable = false;

  constructor(stdout: NodeJS.WriteStream = process.stdout, stderr: NodeJS.WriteStream = process.stderr) {
    this.out = new OutputWriter(stdout);
    this.stderr = stderr;
    // stderr going away (`2>&1 | head`) must not end the run: an unhandled EPIPE would kill
    // a batch mid-way. Notes and progress are then dropped; the results and the manifest go on.
    stderr.on('error', () => (this.#stderrGone = true));
  }

  #stderrGone = false;

  /** The session of the command being run, from its global options. */
  session(cmd: Command): Session {
    this.#session ??= new Session(cmd.optsWithGlobals<GlobalOptions>(), this.stderr);
    return this.#session;
  }

  /** A note on stderr, prefixed with the program's name. */
  note(message: string): void {
    if (this.#stderrGone || this.stderr.destroyed) return;
    this.stderr.write(`intezer-alerts: ${message}\n`);
  }

  /**
   * A command that can stop cleanly takes this signal: it aborts (its reason the signal's
   * name) on the first SIGINT or SIGTERM, and the command then winds down by itself.
   * Commands that never ask are ended at once by the first signal.
   */
  stopSignal(): AbortSignal {
    this.#stoppable = true;
    return this.#stop.signal;
  }

  /** The signal that asked the run to stop, if one did. */
  get stoppedBy(): StopSignal | undefined {
    return this.#stop.signal.aborted ? (this.#stop.signal.reason as StopSignal) : undefined;
  }

  /** run.ts, on a signal: true when the command will stop by itself, false when the process must end now. */
  requestStop(signal: StopSignal): boolean {
    if (!this.#stoppable || this.#stop.signal.aborted) return false;
    this.#stop.abort(signal);
    return true;
  }

  /**
   * `undo` runs if the process is ended at once (a signal) while it is registered: what must
   * not be left behind, such as a progress bar's hidden cursor. The returned function unregisters it.
   */
  onInterrupt(undo: () => void): () => void {
    this.#onInterrupt.add(undo);
    return () => this.#onInterrupt.delete(undo);
  }

  /** Runs every registered undo; run.ts calls it before it ends the process on a signal. */
  interrupt(): void {
    for (const undo of this.#onInterrupt) undo();
    this.#onInterrupt.clear();
  }

  async close(): Promise<void> {
    await this.#session?.close();
  }
}
