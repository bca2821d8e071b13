/**
 * `simulator [--port N]`: the embedded simulator of the alerts API in the foreground, on
 * 127.0.0.1, until SIGINT or SIGTERM (then exit 0). Prints where it listens, its API key and
 * how to point the SDK or this CLI at it.
 */
import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { durationMs, integerIn } from '../lib/parsers.js';

interface SimulatorCommandOptions {
  port: number;
  seed: number;
  triageMs?: number;
  log?: boolean;
  controlToken?: string;
}

function banner(baseUrl: string, apiKey: string, seeded: number, guarded: boolean): string {
  const origin = baseUrl.replace(/\/api\/$/, '');
  return [
    `Intezer alerts API simulator on ${origin} (${seeded} seeded alerts)`,
    `  base URL  ${baseUrl}`,
    `  API key   ${apiKey}`,
    `  control   ${origin}/__sim/ (state, faults, rate-limit, ingests, requests, alerts, reset; JSON bodies${guarded ? ', Authorization: Bearer <control token>' : ''})`,
    '',
    'Point the SDK or this CLI at it:',
    `  export INTEZER_ANALYZE_BASE_URL=${baseUrl}`,
    `  export INTEZER_ANALYZE_API_KEY=${apiKey}`,
    '  intezer-alerts search --limit-total 5',
    '',
    'Ctrl-C stops it.',
    '',
  ].join('\n');
}

export function registerSimulator(program: Command, ctx: CliContext): void {
  program
    .command('simulator')
    .description('run a local simulator of the alerts API on 127.0.0.1 until Ctrl-C (no account needed)')
    .option('--port <n>', 'port to listen on (0: any free port)', integerIn(0, 65535), 8080)
    .option('--seed <n>', 'finished alerts it starts with', integerIn(0, 10_000), 25)
    .option('--triage-ms <duration>', 'how long an ingested email stays in triage (ms, or 2s…; default 1500)', durationMs)
    .option('--log', 'one line per request on stderr (method, path, status, ms; never a token)')
    .option(
      '--control-token <token>',
      'control calls (/__sim/) must send Authorization: Bearer <token> (default: $INTEZER_SIM_CONTROL_TOKEN, which other local users cannot read in the process list)',
    )
    .action(async (opts: SimulatorCommandOptions) => {
      // A token on the command line is in the process list for every local user to read: the environment is not.
      const fromEnv = process.env.INTEZER_SIM_CONTROL_TOKEN;
      const controlToken = opts.controlToken ?? (fromEnv?.trim() ? fromEnv : undefined);
      const stop = ctx.stopSignal();
      const { startSimulator } = await import('../../simulator/index.js');
      const sim = await startSimulator({
        port: opts.port,
        seed: opts.seed,
        ...(opts.triageMs !== undefined && { triageMs: opts.triageMs }),
        ...(opts.log && { log: (line: string) => ctx.stderr.write(`${line}\n`) }),
        ...(controlToken !== undefined && { controlToken }),
      });
      try {
        await ctx.out.write(banner(sim.baseUrl, sim.apiKey, sim.alerts().length, controlToken !== undefined));
        await new Promise<void>((resolve) => {
          if (stop.aborted) resolve();
          else stop.addEventListener('abort', () => resolve(), { once: true });
        });
      } finally {
        await sim.close();
      }
      ctx.note(`${String(stop.reason)}: simulator stopped`);
    });
}
