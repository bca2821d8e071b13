/** Alert records and answers shaped as openapi/openapi.yaml documents them. */
import { alertRecord } from '../helpers/answers.js';

export const finished = (record: object = alertRecord) => ({ json: { result: record, status: 'success' } });
export const inProgress = (
  record: object = { alert_id: alertRecord.alert_id, environment: 'production', source: 'phishing_emails' },
  status = 'in_progress',
) => ({
  json: { result: record, status },
});
export const notFound = { status: 404, json: { error: 'Alert not found' } };
