/**
 * `npm run simulator -- [--port 8080] [--seed 25] [--api-key KEY] [--triage-ms 1500]
 *                      [--analysis-ms 1000] [--operation-ms 500] [--token-ttl 3600]
 *                      [--raw-data inline|link] [--control-token TOKEN] [--quiet]`
 *
 * Runs the local simulator of the Intezer alerts API on 127.0.0.1 until SIGINT/SIGTERM, printing
 * one line per request (method, path, status, ms; never a token). Drive it over /__sim/...
 */
import { parseArgs } from 'node:util';
import { startSimulator } from '../src/simulator/index.js';

const USAGE = `usage: npm run simulator -- [--port N] [--seed N] [--api-key KEY] [--triage-ms N]
       [--analysis-ms N] [--operation-ms N] [--token-ttl SECONDS] [--raw-data inline|link]
       [--control-token TOKEN] [--quiet]`;

function main(): Promise<void> | void {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        port: { type: 'string', default: '8080' },
        seed: { type: 'string' },
        'api-key': { type: 'string' },
        'triage-ms': { type: 'string' },
        'analysis-ms': { type: 'string' },
        'operation-ms': { type: 'string' },
        'token-ttl': { type: 'string' },
        'raw-data': { type: 'string' },
        'control-token': { type: 'string' },
        quiet: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    process.exit(2);
  }
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const num = (name: keyof typeof values): number | undefined => {
    const raw = values[name];
    if (raw === undefined || typeof raw !== 'string') return undefined;
    const n = Number(raw);
    if (!Number.isFinite(n) || n < 0) {
      console.error(`--${name} must be a number >= 0, not ${JSON.stringify(raw)}\n${USAGE}`);
      process.exit(2);
    }
    return n;
  };
  const rawData = values['raw-data'];
  if (rawData !== undefined && rawData !== 'inline' && rawData !== 'link') {
    console.error(`--raw-data must be inline or link, not ${JSON.stringify(rawData)}\n${USAGE}`);
    process.exit(2);
  }
  return run({
    port: num('port'),
    seed: num('seed'),
    apiKey: values['api-key'],
    triageMs: num('triage-ms'),
    analysisMs: num('analysis-ms'),
    operationMs: num('operation-ms'),
    tokenTtlSec: num('token-ttl'),
    rawData,
    controlToken: values['control-token'],
    log: !values.quiet,
  });
}

async function run(opts: Parameters<typeof startSimulator>[0] & object): Promise<void> {
  const clean = Object.fromEntries(Object.entries(opts).filter(([, v]) => v !== undefined));
  const sim = await startSimulator(clean);
  const control = sim.baseUrl.replace(/\/api\/$/, '/__sim/');
  console.log(
    [
      'Intezer alerts API simulator',
      `  base URL  ${sim.baseUrl}`,
      `  API root  ${sim.apiRoot}`,
      `  API key   ${sim.apiKey}`,
      `  alerts    ${sim.alerts().length} seeded`,
      `  control   ${control}  (state, faults, rate-limit, expire-tokens, raw-data, seed, alerts, requests, ingests, analyses/{id}, reset)`,
      `            JSON bodies (Content-Type: application/json)${opts.controlToken ? ', Authorization: Bearer <control token>' : ''}`,
      `  example   INTEZER_ANALYZE_API_KEY=${sim.apiKey} with base URL ${sim.baseUrl}`,
      `            curl -s -X POST ${sim.apiRoot}/get-access-token -H 'Content-Type: application/json' -d '{"api_key":"${sim.apiKey}"}'`,
      'Ctrl-C stops it.',
      '',
    ].join('\n'),
  );
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping`);
    sim.close().then(
      () => process.exit(0),
      (e: unknown) => {
        console.error(e);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

Promise.resolve(main()).catch((e: unknown) => {
  console.error(`simulator: ${(e as Error).message}`);
  process.exit(1);
});
