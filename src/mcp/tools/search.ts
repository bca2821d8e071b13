/**
 * search_alerts: the history search (POST /alerts/search) with every filter in wire names, a
 * page of at most `limit` alerts, and an opaque cursor to the next page.
 */
import { z } from 'zod';
import { queryAlertsHistory, type AlertsHistoryFilters } from '../../index.js';
import { argumentsHash, decodeCursor, encodeCursor } from '../cursor.js';
import { ANNOTATIONS, VERDICTS_EXPLAINED, guard, scrubberOf, signalOf, type ToolDefinition } from '../kit.js';
import { largestFitting, success } from '../result.js';
import { listedAlertSchema } from '../schemas.js';
import { alertFields, alertLine, listedStatus } from '../shape.js';

/** Wire name → the SDK's filter key, for the filters that are lists of strings. */
const LIST_FILTERS = {
  environments: 'environments',
  sources: 'sources',
  risk_categories: 'riskCategories',
  alert_verdicts: 'alertVerdicts',
  family_names: 'familyNames',
  response_statuses: 'responseStatuses',
  hostnames: 'hostnames',
  exclude_alert_ids: 'excludeAlertIds',
  usernames: 'usernames',
  file_hashes: 'fileHashes',
  process_commandlines: 'processCommandlines',
  device_private_ips: 'devicePrivateIps',
  device_external_ips: 'deviceExternalIps',
  device_ids: 'deviceIds',
  ips: 'ips',
  domains: 'domains',
  incident_ids: 'incidentIds',
} as const satisfies Record<string, keyof AlertsHistoryFilters>;

/** Wire name → the SDK's filter key, for the filters that are one string. */
const STRING_FILTERS = {
  free_text: 'freeText',
  site_name: 'siteName',
  account_name: 'accountName',
  email_sender: 'emailSender',
  email_recipient: 'emailRecipient',
  email_subject: 'emailSubject',
  email_cc: 'emailCc',
  email_bcc: 'emailBcc',
  email_message_id: 'emailMessageId',
  email_reported_by: 'emailReportedBy',
} as const satisfies Record<string, keyof AlertsHistoryFilters>;

const stringList = z.array(z.string().min(1).max(1_000)).max(1_000);
const isoTime = z.iso.datetime({ offset: true }).describe('ISO 8601 date and time, e.g. 2026-04-29T12:00:00Z');

const listShape = Object.fromEntries(Object.keys(LIST_FILTERS).map((k) => [k, stringList.optional()])) as Record<
  keyof typeof LIST_FILTERS,
  z.ZodOptional<typeof stringList>
>;
const stringShape = Object.fromEntries(Object.keys(STRING_FILTERS).map((k) => [k, z.string().min(1).max(1_000).optional()])) as Record<
  keyof typeof STRING_FILTERS,
  z.ZodOptional<z.ZodString>
>;

const inputSchema = z.strictObject({
  ...listShape,
  ...stringShape,
  alert_verdicts: stringList.optional().describe('e.g. ["confirmed_threat", "likely_true_positive"]'),
  sources: stringList.optional().describe('e.g. ["s1", "cs", "microsoft_sentinel", "phishing_emails"]'),
  risk_categories: stringList.optional().describe('e.g. ["critical", "high"]'),
  start_time: isoTime.optional(),
  end_time: isoTime.optional(),
  is_mitigated: z.boolean().optional(),
  time_filter_type: z
    .enum(['creation_time', 'triage_time', 'triage_change_time', 'triage_or_triage_change_time', 'alert_update_time'])
    .optional()
    .describe('Which time start_time/end_time apply to (default: the service chooses, creation time)'),
  sort_by: z
    .array(z.enum(['CREATION_TIME', 'TRIAGE_TIME', 'TRIAGE_CHANGE_TIME', 'ALERT_UPDATE_TIME']))
    .max(4)
    .optional(),
  sort_order: z.enum(['asc', 'desc']).optional(),
  limit: z.number().int().min(1).max(100).optional().describe('Alerts per page, 1–100, default 20'),
  cursor: z.string().min(1).max(1_000).optional().describe('next_cursor of the previous page; pass it with the same other arguments'),
});
type SearchArgs = z.infer<typeof inputSchema>;

function toFilters(args: SearchArgs): AlertsHistoryFilters {
  const filters: AlertsHistoryFilters = {};
  for (const [wire, key] of Object.entries(LIST_FILTERS)) {
    const v = args[wire as keyof typeof LIST_FILTERS];
    if (v !== undefined) filters[key] = v;
  }
  for (const [wire, key] of Object.entries(STRING_FILTERS)) {
    const v = args[wire as keyof typeof STRING_FILTERS];
    if (v !== undefined) filters[key] = v;
  }
  if (args.start_time !== undefined) filters.startTime = new Date(args.start_time);
  if (args.end_time !== undefined) filters.endTime = new Date(args.end_time);
  if (args.is_mitigated !== undefined) filters.isMitigated = args.is_mitigated;
  if (args.time_filter_type !== undefined) filters.timeFilterType = args.time_filter_type;
  if (args.sort_by !== undefined) filters.sortBy = args.sort_by;
  if (args.sort_order !== undefined) filters.sortOrder = args.sort_order;
  return filters;
}

export const searchAlerts: ToolDefinition = {
  name: 'search_alerts',
  kind: 'read',
  register(server, client) {
    server.registerTool(
      'search_alerts',
      {
        title: 'Search alerts',
        description:
          'Search the alert history by time, verdict, source, risk, family, host, user, IP, domain, file hash, email fields or free text; ' +
          'every filter is optional and they combine with AND. Answers total (all matches) and one page of alerts with the fields ' +
          'get_alert answers (no scans). For the next page call again with the same arguments plus cursor: next_cursor; the last page ' +
          'has no next_cursor. A page may hold fewer than limit alerts when they would not fit the size limit. ' +
          VERDICTS_EXPLAINED,
        inputSchema,
        outputSchema: z.object({ total: z.number(), alerts: z.array(listedAlertSchema), next_cursor: z.string().optional() }),
        annotations: ANNOTATIONS.read,
      },
      (args, ctx) =>
        guard(client, async () => {
          const hash = argumentsHash(args);
          const offset = args.cursor === undefined ? 0 : decodeCursor(args.cursor, hash);
          const history = queryAlertsHistory({ ...toFilters(args), offset, limit: args.limit ?? 20, concurrency: 1, client, ...signalOf(ctx) });
          const page = await history.currentPage();
          const total = history.totalCount ?? page.length;
          const alerts = page.map((r) => alertFields(r, String(r.alert_id ?? ''), listedStatus(r), scrubberOf(client)));
          const build = (n: number) => {
            const next = offset + n;
            const more = n > 0 && next < total;
            const structured = { total, alerts: alerts.slice(0, n), ...(more && { next_cursor: encodeCursor(next, hash) }) };
            const head =
              n === 0
                ? `No alerts at ${offset === 0 ? 'the start' : `position ${offset}`} of ${total} matching.`
                : `Alerts ${offset + 1}–${next} of ${total} matching${more ? ' (more: call again with cursor = next_cursor)' : ''}:`;
            return { structured, text: [head, ...alerts.slice(0, n).map(alertLine)].join('\n') };
          };
          const r = build(largestFitting(alerts.length, build));
          return success(r.structured, r.text);
        }),
    );
  },
};
