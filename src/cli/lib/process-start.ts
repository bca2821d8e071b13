/**
 * What tells a lock's owner from a later process with the same pid: when the process started
 * (in clock ticks after boot: no wall clock, so no clock step can fake it), this boot's id,
 * and the pid namespace (a container has its own, where the same pid names another process).
 * Linux only (/proc); elsewhere undefined, and a live pid is taken as the owner.
 */
import { readFileSync, readlinkSync } from 'node:fs';

const readTrimmed = (file: string): string | undefined => {
  try {
    return readFileSync(file, 'utf8').trim() || undefined;
  } catch {
    return undefined;
  }
};

/** Field 22 of /proc/<pid>/stat: the clock tick after boot at which the process started. */
export function processStartTicks(pid: number): number | undefined {
  const stat = readTrimmed(`/proc/${pid}/stat`);
  if (stat === undefined) return undefined;
  // The name (field 2) is in parentheses and may hold spaces or ')': fields are counted after the last ')'.
  const ticks = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]);
  return Number.isSafeInteger(ticks) ? ticks : undefined;
}

/** This boot's id: every process of an earlier boot is gone. */
export const bootId = (): string | undefined => readTrimmed('/proc/sys/kernel/random/boot_id');

/** This process's pid namespace (`pid:[4026531836]`): pids of another one cannot be judged from here. */
export function pidNamespace(): string | undefined {
  try {
    return readlinkSync('/proc/self/ns/pid');
  } catch {
    return undefined;
  }
}
