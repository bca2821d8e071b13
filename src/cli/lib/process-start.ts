/**
 * What tells a lock's owner from a later process with the same pid: when a process started
 * (epoch ms), this boot's id, and the pid namespace (a container has its own, where the same
 * pid names another process). Linux only (/proc); elsewhere undefined, and a live pid is
 * taken as the owner.
 */
import { readFileSync, readlinkSync } from 'node:fs';

/** USER_HZ: the unit of /proc/<pid>/stat times, 100 on every Linux architecture Node runs on. */
const TICKS_PER_SECOND = 100;

function bootTimeMs(): number | undefined {
  const btime = /^btime (\d+)$/m.exec(readFileSync('/proc/stat', 'utf8'))?.[1];
  return btime === undefined ? undefined : Number(btime) * 1000;
}

export function processStartMs(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The name (field 2) is in parentheses and may hold spaces or ')': fields are counted after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[19]); // field 22, starttime: clock ticks after boot
    const boot = bootTimeMs();
    if (!Number.isFinite(ticks) || boot === undefined) return undefined;
    return boot + (ticks * 1000) / TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}

const readTrimmed = (file: string): string | undefined => {
  try {
    return readFileSync(file, 'utf8').trim() || undefined;
  } catch {
    return undefined;
  }
};

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
