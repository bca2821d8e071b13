/** Output schemas: what structuredContent holds, in wire names (listed to clients, checked by the server before it answers). */
import { z } from 'zod';

const nullableText = z.string().nullable();

const scanSchema = z.object({
  scan_type: nullableText.describe('file, url, endpoint or artifact'),
  analysis_id: nullableText.describe('null for an artifact scan, which has no analysis'),
  status: nullableText,
  verdict: nullableText,
});

const alertShape = {
  alert_id: z.string(),
  environment: nullableText,
  status: z.string().describe('in_progress, finished or not_found'),
  verdict: nullableText.describe('null while triage runs'),
  family_name: nullableText,
  risk_category: nullableText,
  risk_level: nullableText,
  source: nullableText,
  sender: nullableText,
  intezer_alert_url: nullableText.describe('the alert on the Intezer console'),
  alert_update_time: nullableText.describe('ISO 8601, as the service sent it'),
};

export const listedAlertSchema = z.object(alertShape);
export const alertOutput = z.object({ ...alertShape, scans: z.array(scanSchema).optional() });
