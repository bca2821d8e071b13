/** What commands get from the program: stdout, stderr, the session, and where to put the exit code. */
import type { Command } from 'commander';
import { ExitCode } from './lib/exit-codes.js';
import { OutputWriter } from './lib/writer.js';
import { Session, type GlobalOptions } from './session.js';

export class CliContext {
  readonly out: OutputWriter;
  readonly stderr: NodeJS.WriteStream;
  exitCode: number = ExitCode.OK;
  #session: Session | undefined;

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

  async close(): Promise<void> {
    await this.#session?.close();
  }
}
