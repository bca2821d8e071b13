/**
 * `npm run demo`: the whole SDK at work, with no account and no network. Starts the
 * embedded simulator, walks every flow of the Python SDK's alerts module through the public facade
 * and prints what came back. `--live` runs the read-only part against the real service
 * (INTEZER_ANALYZE_API_KEY required; `--alert-id ID` to read a known alert, `--write` to
 * also send an email and notify).
 */
import { parseArgs } from 'node:util';
import {
  Alert,
  AlertAlreadyExistsError,
  EndpointAnalysis,
  FileAnalysis,
  getAlertsByAlertIds,
  IntezerClient,
  IntezerError,
  queryAlertsHistory,
  UrlAnalysis,
  type Scan,
} from '../src/index.js';
import { startSimulator, type Simulator } from '../src/simulator/index.js';

const { values: args } = parseArgs({
  options: {
    live: { type: 'boolean', default: false },
    write: { type: 'boolean', default: false },
    'alert-id': { type: 'string' },
  },
});

const EMAIL = Buffer.from(
  'From: "Billing" <billing@paypa1-secure.example>\r\nTo: alice@acme.example\r\nSubject: Overdue invoice\r\n' +
    'Message-ID: <demo-1@paypa1-secure.example>\r\n\r\nPlease open the attached invoice.exe today.\r\n',
);

const section = (title: string) => console.log(`\n== ${title}`);
const row = (label: string, value: unknown) => console.log(`   ${label.padEnd(18)} ${value ?? '—'}`);
const scanKind = (s: Scan) => (s instanceof FileAnalysis ? 'file' : s instanceof UrlAnalysis ? 'url' : s instanceof EndpointAnalysis ? 'endpoint' : '?');

function describeAlert(alert: Alert): void {
  row('alert id', alert.alertId);
  row('status', alert.status);
  row('verdict', alert.verdict);
  row('family', alert.familyName);
  row('source', alert.source);
  row('environment', alert.environment);
  row('updated', alert.alertUpdateTime?.toISOString());
}

async function simulatorWalk(client: IntezerClient, sim: Simulator): Promise<void> {
  section('Send a phishing email and wait for the verdict');
  const sent = await Alert.sendPhishingEmail({ rawEmail: EMAIL, environment: 'production', wait: true, timeoutMs: 30_000, client });
  describeAlert(sent);

  section('Send an EDR alert (JSON), then the same one again');
  const detection = { id: 'demo-s1-1', threatInfo: { threatName: 'invoice.exe', classification: 'Malware' }, device: { hostname: 'FIN-LAPTOP-7' } };
  const edr = await Alert.send({ rawAlert: detection, source: 's1', displayFields: ['threatInfo.threatName'], wait: true, timeoutMs: 30_000, client });
  describeAlert(edr);
  try {
    await Alert.send({ rawAlert: detection, source: 's1', client });
  } catch (err) {
    if (!(err instanceof AlertAlreadyExistsError)) throw err;
    row('sent again', `409, already held as ${err.alertId}`);
  }

  section('Fetch it by id, with its scans');
  const alert = await Alert.fromId(sent.alertId, { fetchScans: true, client });
  for (const scan of alert.scans) row(`${scanKind(scan)} scan`, `${scan.analysisId} → ${scan.verdict}`);

  section('Poll an alert by hand while triage runs');
  const slow = sim.addAlert({ verdict: 'suspicious_behavior', triageMs: 600 });
  const polled = await Alert.fromId(slow.alertId, { raiseOnInProgress: false, client });
  row('first check', polled.status);
  let checks = 1;
  while (polled.isRunning()) {
    await new Promise((r) => setTimeout(r, 150));
    await polled.checkStatus();
    checks++;
  }
  row('after', `${checks} checks: ${polled.status}, ${polled.result().triage_result?.alert_verdict}`);

  section('Raw data, notify, delete');
  const raw = await alert.getRawData();
  row('raw data keys', Object.keys((raw.result ?? {}) as object).join(', '));
  row('notified', (await alert.notify()).join(', ') || '(no channels)');
  const operation = await alert.delete({ waitForCompletion: true, timeoutMs: 30_000 });
  row('delete', `${operation.status} ${JSON.stringify(await operation.getResult())}`);

  section('Bulk fetch by id');
  const ids = sim
    .alerts()
    .slice(0, 5)
    .map((a) => a.alertId);
  const { count, alerts } = await getAlertsByAlertIds(ids, { client });
  row('asked / found', `${ids.length} / ${count}`);
  for (const a of alerts) row(a.alert_id ?? '?', a.triage_result?.alert_verdict);

  section('Search alert history (last 30 days, 10 per page)');
  const history = queryAlertsHistory({ startTime: new Date(Date.now() - 30 * 86_400_000), endTime: new Date(), limit: 10, client });
  const verdicts = new Map<string, number>();
  let pages = 0;
  for await (const page of history.pages()) {
    pages++;
    for (const a of page) {
      const v = String(a.triage_result?.alert_verdict ?? 'in triage');
      verdicts.set(v, (verdicts.get(v) ?? 0) + 1);
    }
  }
  row('pages walked', pages);
  row('alerts matched', history.totalCount);
  for (const [v, n] of [...verdicts].sort((a, b) => b[1] - a[1])) row(v, n);
  row('requests served', sim.requests.length);
}

async function liveWalk(client: IntezerClient): Promise<void> {
  section('History: the last 7 days (first page)');
  const history = queryAlertsHistory({ startTime: new Date(Date.now() - 7 * 86_400_000), endTime: new Date(), limit: 10, client });
  const page = await history.currentPage();
  row('alerts matched', history.totalCount);
  for (const a of page) row(a.alert_id ?? '?', `${a.source} ${a.triage_result?.alert_verdict ?? 'in triage'}`);
  const id = args['alert-id'] ?? page.find((a) => a.triage_result)?.alert_id;
  if (id) {
    section(`Alert ${id}`);
    const alert = await Alert.fromId(id, { fetchScans: true, raiseOnInProgress: false, client });
    describeAlert(alert);
    for (const scan of alert.scans) row(`${scanKind(scan)} scan`, `${scan.analysisId} → ${scan.verdict}`);
  }
  if (args.write) {
    section('Send a phishing email (--write)');
    describeAlert(await Alert.sendPhishingEmail({ rawEmail: EMAIL, wait: true, timeoutMs: 10 * 60_000, client }));
  }
}

async function main(): Promise<void> {
  if (args.live) {
    const client = new IntezerClient();
    console.log(`Live run against ${client.config.apiRoot}${args.write ? '' : ' (read-only)'}`);
    try {
      await liveWalk(client);
    } finally {
      client.close();
    }
    return;
  }
  const sim = await startSimulator({ triageMs: 800, analysisMs: 200, operationMs: 200, seed: 40 });
  const client = new IntezerClient({ apiKey: sim.apiKey, baseUrl: sim.baseUrl, pollIntervalMs: 200 });
  console.log(`Simulator at ${sim.apiRoot} (no account, no network)`);
  try {
    await simulatorWalk(client, sim);
    console.log('\nDone: every flow of the alerts module ran through the SDK.');
  } finally {
    client.close();
    await sim.close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof IntezerError ? `${err.name}: ${err.message}` : err);
  process.exit(1);
});
