/**
 * The body of `POST /__sim/alerts`: an AlertInit, checked whole before anything is stored, so a
 * bad value is a 400 now rather than a 500 on every later read (`{"verdict": 5}` once made each
 * history search fail). Unknown field names are refused too: a typo would be silently ignored.
 */
import { z } from 'zod';

const text = z.string().min(1);
const nullableText = text.nullable();
/** Epoch ms that a Date can hold (rendered as ISO 8601). */
const epochMs = z.number().int().min(0).max(8.64e15);
const durationMs = z
  .number()
  .finite()
  .min(0)
  .max(10 * 365 * 86_400_000);

const triage = z.strictObject({
  verdict: text,
  familyName: nullableText,
  riskCategory: text,
  riskLevel: text,
  threatName: nullableText,
});

const artifact = z.strictObject({ type: text, value: text, verdict: text, familyName: nullableText });

const email = z.strictObject({ from: text, to: text, subject: text, messageId: text, reportedBy: text }).partial();

const device = z.strictObject({
  hostname: text,
  osType: text.optional(),
  privateIp: text.optional(),
  externalIp: text.optional(),
  deviceId: text.optional(),
  username: text.optional(),
});

/**
 * Wire fields the simulator renders from the record (alert-wire.ts). `extra` is for fields it
 * does not know: one of these there would stand in while triage runs (`{"triage_result": 5}`
 * made every later read break the contract).
 */
const RENDERED_FIELDS = [
  'alert_id',
  'environment',
  'source',
  'source_display',
  'source_type',
  'sender',
  'intezer_alert_url',
  'creation_time',
  'note',
  'alert',
  'alert_update_time',
  'triage_result',
  'response',
  'scans',
];

const extraFields = z.record(z.string(), z.json()).superRefine((extra, ctx) => {
  for (const key of RENDERED_FIELDS) {
    if (Object.prototype.hasOwnProperty.call(extra, key))
      ctx.addIssue({ code: 'custom', path: [key], message: 'A field the simulator renders itself: set it through its own AlertInit field.' });
  }
});

export const alertInitSchema = z
  .strictObject({
    alertId: text.refine((id) => id !== '.' && id !== '..' && !id.includes('/'), 'Not usable as one path segment.'),
    environment: text,
    source: text,
    sender: nullableText,
    tenantId: text,
    createdAt: epochMs,
    triageDoneAt: epochMs,
    pendingStatus: z.enum(['in_progress', 'queued']),
    finishedStatus: text.refine((s) => s !== 'in_progress' && s !== 'queued', 'A finished status cannot read as still running.'),
    triage,
    scans: z.strictObject({ file: text, url: text, endpoint: text }),
    artifacts: z.array(artifact),
    note: z.string().nullable(),
    email,
    device,
    sha256: z.string().regex(/^[0-9a-f]{64}$/, 'A lower-case SHA-256 hex digest.'),
    rawData: z.json(),
    rawDataForm: z.enum(['inline', 'link']),
    notifyChannels: z.array(text).nullable(),
    extra: extraFields,
    inProgress: z.boolean(),
    triageMs: durationMs,
    verdict: text,
    familyName: nullableText,
    content: z.string(),
  })
  .partial();
