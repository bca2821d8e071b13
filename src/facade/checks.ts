/** Input checks shared by the facade: bad input is refused before any request. */
import { InvalidArgumentError } from '../client/errors.js';

export function requireId(name: string, v: unknown): string {
  if (typeof v !== 'string' || v.trim() === '') throw new InvalidArgumentError(`${name} must be a non-empty string`);
  return v;
}

/**
 * An id that travels as one path segment (percent-encoded). `.` and `..` would be read as
 * dot segments by every URL parser, so the request would reach another path: refused.
 */
export function requirePathId(name: string, v: unknown): string {
  const id = requireId(name, v);
  if (id === '.' || id === '..') throw new InvalidArgumentError(`${name} cannot be "${id}": no URL can carry it as a path segment`);
  return id;
}

export function stringList(name: string, v: unknown, allowEmpty: boolean): string[] {
  if (!Array.isArray(v) || (!allowEmpty && v.length === 0)) {
    throw new InvalidArgumentError(`${name} must be a${allowEmpty ? 'n' : ' non-empty'} array of non-empty strings`);
  }
  for (const s of v) if (typeof s !== 'string' || s.trim() === '') throw new InvalidArgumentError(`${name} must hold only non-empty strings`);
  return v as string[];
}
