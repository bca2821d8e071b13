/**
 * A short scripts/send-chaos.ts for CI: three runs of 12 new emails each, cut by signals,
 * overlapping, behind a gateway answering 504 and with torn manifests; every email must end
 * up ingested exactly once.
 */
import { describe, expect, it } from 'vitest';
import { runChaos } from '../../scripts/send-chaos.js';

describe('send-chaos (short)', () => {
  it('signals, overlapping runs, a 504-answering gateway and torn manifests: every email ingested exactly once', async () => {
    const result = await runChaos({ runs: 3, emails: 12, seed: 7 });
    expect(result.lines.join('\n')).toContain('OK: every email ingested exactly once');
    expect(result.ok).toBe(true);
  }, 90_000);
});
