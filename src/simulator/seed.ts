/** Seeded data: finished alerts spread over environments, sources, verdicts, families and 30 days. */
import type { ArtifactScan, SimAlert, SeedOptions, TriageOutcome } from './types.js';
import { buildAlert, type BuildContext } from './factory.js';
import { outcomeFor, scanVerdict } from './triage.js';

const ENVIRONMENTS = ['production', 'staging'] as const;
const SOURCES = ['s1', 'cs', 'splunk_siem', 'microsoft_sentinel', 'xsoar', 'phishing_emails'] as const;
const VERDICTS = ['confirmed_threat', 'likely_true_positive', 'suspicious_behavior', 'false_positive', 'inconclusive'] as const;
const FAMILIES = ['Agent Tesla', 'Emotet', 'QakBot', 'Formbook', 'LokiBot', 'Cobalt Strike'] as const;

const SUBJECTS: Record<string, string> = {
  confirmed_threat: 'Invoice overdue, see invoice.exe',
  likely_true_positive: 'Your mailbox is full: verify your account',
  suspicious_behavior: 'Shared document: Q3 budget',
  false_positive: 'Team lunch on Friday',
  inconclusive: 'Fwd: see attached',
};

const DAY_MS = 86_400_000;

/** mulberry32: a small deterministic PRNG, so the n-th seeded alert is always the same. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(rng: () => number, list: readonly T[]): T {
  return list[Math.floor(rng() * list.length)]!;
}

/** Every other seeded alert carries an artifact scan: a domain for an email, else an IP. */
function artifactsOf(k: number, source: string, outcome: TriageOutcome): ArtifactScan[] {
  if (k % 2 !== 0) return [];
  const [verdict] = scanVerdict(outcome, 'url');
  const value = source === 'phishing_emails' ? `login-${k}.example` : `203.0.113.${k % 250}`;
  return [{ type: source === 'phishing_emails' ? 'domain' : 'ip', value, verdict, familyName: outcome.familyName }];
}

/** Seeds `n` finished alerts; `serial` is the index of the first (ids follow from it). */
export function seedAlerts(n: number, serial: number, opts: SeedOptions, ctx: BuildContext): SimAlert[] {
  const out: SimAlert[] = [];
  for (let i = 0; i < n; i++) {
    const k = serial + i;
    const rng = prng(0x5eed0000 + k);
    const alertId = Array.from({ length: 4 }, () =>
      Math.floor(rng() * 2 ** 32)
        .toString(16)
        .padStart(8, '0'),
    ).join('');
    const source = opts.source ?? SOURCES[k % SOURCES.length]!;
    const verdict = VERDICTS[Math.floor(k / SOURCES.length + k) % VERDICTS.length]!;
    const familyName = verdict === 'confirmed_threat' ? pick(rng, FAMILIES) : null;
    const createdAt = ctx.now - Math.floor(rng() * 30 * DAY_MS);
    const triageDoneAt = Math.min(ctx.now, createdAt + 60_000 + Math.floor(rng() * 30 * 60_000));
    const email =
      source === 'phishing_emails'
        ? {
            from: `sender${k}@mail${k % 3}.example`,
            to: `user${k % 7}@corp.example`,
            subject: SUBJECTS[verdict]!,
            messageId: `<seed-${k}@mail.example>`,
            reportedBy: `user${k % 7}@corp.example`,
          }
        : undefined;
    const triage = outcomeFor(verdict, familyName);
    out.push(
      buildAlert(
        {
          alertId,
          environment: opts.environment ?? (rng() < 0.5 ? ENVIRONMENTS[0] : ENVIRONMENTS[1]),
          source,
          ...(opts.tenantId !== undefined ? { tenantId: opts.tenantId } : {}),
          ...(email ? { email, sender: email.reportedBy } : {}),
          createdAt,
          triageDoneAt,
          triage,
          artifacts: artifactsOf(k, source, triage),
          notifyChannels: k % 5 === 4 ? null : k % 2 ? ['email'] : ['email', 'slack'],
          extra: { severity: triage.riskLevel },
        },
        ctx,
      ),
    );
  }
  return out;
}
