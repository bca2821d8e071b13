/**
 * What commands get from the program: stdout, stderr, the session, where to put the exit
 * code, and what to undo when the run is interrupted.
 */
import type { Command } from 'commander';
import { ExitCode } from './lib/exit-codes.js';
import { OutputWriter } from './lib/writer.js';
import { Session, type GlobalOptions } from './session.js';

export class CliContext {
  readonly out: OutputWriter;
  readonly stderr: NodeJS.WriteStream;
  exitCode: number = ExitCode.OK;
  #session: Session | undefined;
  readonly #onInterrupt = new Set<() => void>();

  constructor(stdout: NodeJS.WriteStream = process.stdout, stderr: NodeJS.WriteStream = process.stderr) {
    this.out = new OutputWriter(stdout);
    this.stderr = stderr;
  }

  /** The session of the command being run, from its global options. */
  session(cmd: Command): Session {
    this.#session ??= new Session(cmd.optsWithGlobals<GlobalOptions>());
    return this.#session;
  }

  /** A note on stderr, prefixed with the program's name. */
  note(message: string): void {
    this.stderr.write(`intezer-alerts: ${message}\n`);
  }

  /**
   * `undo` runs if the run is interrupted (Ctrl-C) while it is registered: what must not be
   * left behind, such as a progress bar's hidden cursor. The returned function unregisters it.
   */
  onInterrupt(undo: () => void): () => void {
    this.#onInterrupt.add(undo);
    return () => this.#onInterrupt.delete(undo);
  }

  /** Runs every registered undo; run.ts calls it on SIGINT, before it exits. */
  interrupt(): void {
    for (const undo of this.#onInterrupt) undo();
    this.#onInterrupt.clear();
  }

  async close(): Promise<void> {
    await this.#session?.close();
  }
}
