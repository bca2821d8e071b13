/**
 * An object made through a client keeps that client for its whole life: an Alert, an
 * analysis, an Operation and a history result made through the global client A still talk
 * to A after setGlobalApi(B). Two services, each counting what it gets.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { resetGlobalApi, setGlobalApi } from '../../src/client/global.js';
import { Alert, FileAnalysis, Operation, queryAlertsHistory } from '../../src/index.js';
import { ALERT_ID, ok } from '../helpers/answers.js';
import { useWireServer } from '../helpers/fixture.js';

const a = useWireServer();
const b = useWireServer();
afterEach(() => resetGlobalApi());

function serveEverything() {
  for (const fx of [a, b]) {
    fx.server.handle((req) => {
      if (req.url.endsWith('/alerts/get-by-id')) return ok.alert;
      if (req.url.includes('/analyses/')) return ok.analysis;
      if (req.url.endsWith('/alerts/search')) return { json: { result: { alerts_count: 2, alerts: [{ alert_id: 'h-1' }] } } };
      return ok.operation;
    });
  }
}

describe('setGlobalApi(B) after an object was made through the global A', () => {
  it('an Alert sends its next checkStatus() to A', async () => {
    serveEverything();
    setGlobalApi(a.client());
    const alert = await Alert.fromId(ALERT_ID);
    setGlobalApi(b.client());
    await alert.checkStatus();
    expect(a.server.calls()).toHaveLength(2);
    expect(b.server.requests).toHaveLength(0);
  });

  it('an Alert made with new Alert() before any call binds A when it is made', async () => {
    serveEverything();
    setGlobalApi(a.client());
    const alert = new Alert({ alertId: ALERT_ID });
    setGlobalApi(b.client());
    await alert.checkStatus();
    expect(a.server.calls()).toHaveLength(1);
    expect(b.server.requests).toHaveLength(0);
  });

  it('an analysis reloads from A', async () => {
    serveEverything();
    setGlobalApi(a.client());
    const analysis = (await FileAnalysis.fromAnalysisId('an-1'))!;
    setGlobalApi(b.client());
    await analysis.checkStatus();
    expect(b.server.requests).toHaveLength(0);
    expect(a.server.calls().length).toBeGreaterThanOrEqual(2);
  });

  it('an Operation polls A', async () => {
    serveEverything();
    setGlobalApi(a.client());
    const operation = new Operation('/delete-operation-1', 'Delete Alert');
    setGlobalApi(b.client());
    await operation.checkStatus();
    expect(a.server.calls()).toHaveLength(1);
    expect(b.server.requests).toHaveLength(0);
  });

  it('a history result walks A', async () => {
    serveEverything();
    setGlobalApi(a.client());
    const result = queryAlertsHistory({ limit: 1 });
    setGlobalApi(b.client());
    await result.all();
    expect(a.server.calls().length).toBeGreaterThanOrEqual(1);
    expect(b.server.requests).toHaveLength(0);
  });
});
