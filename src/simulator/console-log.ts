/** The console log: one human-readable line per request (time, method, path, status, duration, the fault if one answered). */
import type { RecordedRequest } from './types.js';

export type LogSink = (line: string) => void;

export function logSink(opt: boolean | ((line: string) => void) | undefined): LogSink | undefined {
  if (typeof opt === 'function') return opt;
  return opt ? (line) => console.log(line) : undefined;
}

export function requestLine(r: Pick<RecordedRequest, 'at' | 'method' | 'path' | 'status' | 'ms' | 'fault'>): string {
  const time = new Date(r.at).toISOString().slice(11, 23);
  const status = r.status === undefined ? '---' : String(r.status);
  const fault = r.fault ? `  [${r.fault}]` : '';
  return `${time}  ${r.method.padEnd(6)} ${r.path}  → ${status}  ${r.ms ?? 0}ms${fault}`;
}
