/**
 * `sync`: follows alert changes (watchAlerts) into a file, one JSON line per change
 * (`{"key", "alert"}`), exactly once across crashes: each page's lines are written and
 * fsynced, then the state file (checkpoint + the output's committed length) is replaced
 * atomically; a restart cuts the output back to the committed length and resumes from the
 * checkpoint. To stdout (no --output) it is at least once. A first SIGINT/SIGTERM finishes
 * the batch being written, fetches no new page and exits 0.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { Option, type Command } from 'commander';
import {
  InvalidArgumentError,
  watchAlerts,
  type AlertsWatch,
  type AlertChange,
  type AlertsCheckpoint,
  type AlertsWatchPoll,
  type AlertsWatchOptions,
} from '../../index.js';
import type { CliContext } from '../context.js';
import { describeError } from '../lib/describe-error.js';
import { ExitCode } from '../lib/exit-codes.js';
import { filterFlags, filtersFromFlags } from '../lib/filter-flags.js';
import { boolean, durationMs, timePoint } from '../lib/parsers.js';
import { ManifestLock, ManifestLockedError } from '../lib/manifest-lock.js';
import { checkOutput, SyncOutput, SyncWriteError } from '../lib/sync-output.js';
import { canonicalFilters, readState, STATE_FORMAT, STATE_VERSION, writeState, type SyncState } from '../lib/sync-state.js';
import { UsageError } from '../lib/usage-error.js';

interface SyncOptions extends Record<string, unknown> {
  output?: string;
  state?: string;
  since?: Date;
  follow?: boolean;
  interval: number;
  isMitigated?: boolean;
}

const DEFAULT_INTERVAL_MS = 60_000;
/** setTimeout's limit, as watchAlerts' pollIntervalMs. */
const MAX_INTERVAL_MS = 2 ** 31 - 1;

const lineOf = (c: AlertChange) => `${JSON.stringify({ key: c.key, alert: c.alert })}\n`;

function pollLine(p: AlertsWatchPoll, follow: boolean, intervalMs: number): string {
  const next = follow ? `; next poll in ${intervalMs / 1000}s` : '';
  const untimed = p.untimed ? `, ${p.untimed} without alert_update_time left out` : '';
  if (p.error) return `sync: poll failed after the client's retries: ${describeError(p.error)}; polling again in ${intervalMs / 1000}s`;
  return `sync: ${p.changes} change${p.changes === 1 ? '' : 's'} in ${p.requests} request${p.requests === 1 ? '' : 's'}${untimed}; at ${p.checkpoint.time}${next}`;
}

/** The path with its symlinks resolved (those of its directory when the file does not exist yet). */
async function realPath(p: string): Promise<string> {
  try {
    return await fs.realpath(p);
  } catch {
    return path.join(await fs.realpath(path.dirname(p)).catch(() => path.dirname(p)), path.basename(p));
  }
}

/**
 * One sync per state file: the lock send-phishing takes on its manifest (manifest-lock.ts),
 * here on the state file, refused as a usage error naming the run that holds it.
 */
function lockState(stateFile: string): ManifestLock {
  try {
    return ManifestLock.acquire(stateFile);
  } catch (err) {
    const lockFile = `${stateFile}.lock`;
    if (!(err instanceof ManifestLockedError)) throw new UsageError(`state file ${stateFile} cannot be locked (${lockFile}): ${(err as Error).message}`);
    const who = err.owner ? `process ${err.owner.pid} on ${err.owner.host}` : 'a lock file this intezer-alerts cannot read';
    throw new UsageError(`state file ${stateFile} is in use by ${who} (${lockFile}): one sync per state file at a time; if no sync runs, remove the lock file`);
  }
}

export function registerSync(program: Command, ctx: CliContext): void {
  // sortBy is the watch's own: every other filter flag of search applies.
  const flags = filterFlags().filter((f) => f.filter.key !== 'sortBy');
  const cmd = program
    .command('sync')
    .description('follow alert changes into a file (one JSON line per change), exactly once across crashes and restarts')
    .option('--output <file>', 'append the changes to this file (default: stdout, then at least once)')
    .option('--state <file>', 'where the position and the committed length of the output are kept (required with --output)')
    .option('--since <when>', 'start from this time while the state holds no position (default: now): ISO 8601, "now" or a duration ago (7d)', timePoint)
    .option('--follow', 'keep polling once caught up (default: end once a poll brings nothing new)')
    .option('--interval <duration>', 'between polls when following (ms, or 60s, 5m…; default 60s)', durationMs, DEFAULT_INTERVAL_MS);
  for (const { option } of flags) cmd.addOption(option);
  cmd
    .addOption(new Option('--is-mitigated <bool>', 'only mitigated (true) or unmitigated (false) alerts').argParser(boolean))
    .action(async (opts: SyncOptions, command: Command) => {
      if (opts.output !== undefined && opts.state === undefined)
        throw new UsageError('--output needs --state FILE: the state says how much of the output is committed');
      if (!(opts.interval > 0) || opts.interval > MAX_INTERVAL_MS)
        throw new UsageError(`--interval must be more than 0 and at most ${MAX_INTERVAL_MS} ms (about 24 days)`);
      const filters = filtersFromFlags(flags, opts) as Record<string, unknown>;
      if (opts.isMitigated !== undefined) filters.isMitigated = opts.isMitigated;
      const canonical = canonicalFilters(filters);
      const output = opts.output === undefined ? '-' : path.resolve(opts.output);
      // Through symlinks: the rename must replace the state itself, not a link to it, and the lock must be one whatever the path taken.
      const stateFile = opts.state === undefined ? undefined : await realPath(path.resolve(opts.state));
      if (stateFile !== undefined && (stateFile === output || stateFile === (await realPath(output))))
        throw new UsageError('--state and --output name the same file');
      // One run per state file: taken before the state is read, so no other run can be between its write and its rename.
      const lock = stateFile ? lockState(stateFile) : undefined;
      const unregister = lock ? ctx.onInterrupt(() => lock.release()) : undefined;
      try {
        // Everything is checked before anything is fetched or written.
        const saved = stateFile ? await readState(stateFile, { output, filters: canonical }) : undefined;
        const check = output === '-' ? undefined : await checkOutput(output, stateFile!, saved);
        // Without either, the watch's own default: now.
        const since: Date | AlertsCheckpoint | undefined = saved?.checkpoint ?? opts.since;
        const stop = ctx.stopSignal();
        const follow = opts.follow ?? false;
        const verbose = command.optsWithGlobals<{ verbose?: boolean }>().verbose ?? false;
        const client = await ctx.session(command).client();
        let watch: AlertsWatch;
        try {
          watch = watchAlerts({
            ...(filters as AlertsWatchOptions),
            ...(since !== undefined && { since }),
            follow,
            pollIntervalMs: opts.interval,
            signal: stop,
            client,
            onPoll: (p) => {
              if (follow || verbose || p.error) ctx.note(pollLine(p, follow, opts.interval));
            },
          });
        } catch (err) {
          if (saved && err instanceof InvalidArgumentError && /checkpoint/.test(err.message))
            throw new UsageError(`state file ${stateFile} holds no position this intezer-alerts can read (${err.message})`);
          throw err;
        }
        if (check?.rotated)
          ctx.note(
            `sync: output ${output} is empty or gone while state file ${stateFile} says ${saved!.committedBytes} bytes were committed: taken as rotated, the changes go on into a new ${output}`,
          );
        const out = check ? await SyncOutput.open(output, check.committedBytes) : undefined;
        const save = async (checkpoint: AlertsCheckpoint) => {
          if (!stateFile) return;
          const state: SyncState = {
            format: STATE_FORMAT,
            version: STATE_VERSION,
            output,
            filters: canonical,
            committedBytes: out?.committedBytes ?? 0,
            tailSha256: out?.tailSha256 ?? '',
            checkpoint,
            savedAt: new Date().toISOString(),
          };
          await writeState(stateFile, state).catch((err: unknown) => {
            throw new SyncWriteError(`cannot replace state file ${stateFile}`, state.committedBytes, err);
          });
        };
        try {
          // The position is fixed from the first start: --since no longer applies once a state exists.
          let position = watch.checkpoint();
          await save(position);
          for await (const batch of watch.batches()) {
            const text = batch.map(lineOf).join('');
            const rotation = await out?.followRotation();
            if (rotation) {
              ctx.note(`sync: output ${output} was ${rotation === 'moved' ? 'moved away' : 'cut'} (rotated?): the changes go on into ${output} as it is now`);
              // Committed first: a crash after this must not leave a state ahead of the new file.
              await save(position);
            }
            if (out) {
              const committed = out.committedBytes;
              await out.append(Buffer.from(text, 'utf8')).catch((err: unknown) => {
                throw new SyncWriteError(`cannot write output ${output}`, committed, err);
              });
            } else await ctx.out.write(text);
            position = batch.at(-1)!.checkpoint;
            await save(position);
          }
        } catch (err) {
          // A stop signal ends the walk with its name as the reason: a clean end.
          if (stop.aborted && err === stop.reason) {
            ctx.exitCode = ExitCode.OK;
            return;
          }
          throw err;
        } finally {
          await out?.close();
        }
      } finally {
        unregister?.();
        lock?.release();
      }
    });
}
