/** CLI lines fold a message's lines into one, in time linear in its length (service text may hold long runs of spaces). */
import { describe, expect, it } from 'vitest';
import { describeError, oneLine } from '../../src/cli/lib/describe-error.js';

describe('one line', () => {
  it('joins the trimmed lines of a message with one space, dropping empty ones', () => {
    expect(oneLine('  a \r\n\n   b\t\n c  ')).toBe('a b c');
    expect(describeError(new Error('first\n  second'))).toBe('Error: first second');
  });

  it('folds 400,000 spaces without a newline, and around one, in well under a second', () => {
    const spaces = ' '.repeat(400_000);
    const started = performance.now();
    expect(oneLine(`x${spaces}y`)).toBe(`x${spaces}y`);
    expect(oneLine(`x${spaces}\n${spaces}y`)).toBe('x y');
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
