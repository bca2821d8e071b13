/** Valid 200 answers of each operation (per openapi/openapi.yaml), for tests that need one. */

export const ALERT_ID = '6a1cd8a0c4a8d8f3e1f0b2a9c7d6e5f4';

export const alertRecord = {
  alert_id: ALERT_ID,
  environment: 'production',
  source: 'phishing_emails',
  sender: 'soc@example.com',
  intezer_alert_url: `https://analyze.intezer.com/alerts/${ALERT_ID}`,
  alert_update_time: '2026-04-29T12:34:56+00:00',
  triage_result: { alert_verdict: 'confirmed_threat', family_name: 'Agent Tesla' },
  scans: [{ scan_type: 'file', file_analysis: { analysis_id: 'an-1' } }],
};

export const ok = {
  ingest: { json: { result: true, alert_id: ALERT_ID } },
  alert: { json: { result: alertRecord, status: 'success' } },
  alertsList: { json: { result: { alerts_count: 1, alerts: [alertRecord] } } },
  rawData: { json: { result: { alert: { id: '1' } } } },
  notify: { json: { notified_channels: ['email'] } },
  delete: { json: { result_url: '/delete-operation-1' } },
  operation: { json: { status: 'succeeded', result: { deleted: true } } },
  analysis: { json: { status: 'succeeded', result: { analysis_id: 'an-1', verdict: 'malicious' } } },
} as const;
