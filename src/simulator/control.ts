/**
 * The control API, for the CLI and other processes (127.0.0.1 only; who may call it: control-guard.ts):
 *   GET    /__sim/state                  base URLs, alert count, token requests, counts per route, raw-data form
 *   POST   /__sim/reset        {seed?}   back to the start state (tokens stay valid)
 *   POST   /__sim/faults       {route?, fault, times?}   inject; route defaults to "*"
 *   DELETE /__sim/faults                 clear injected faults
 *   POST   /__sim/rate-limit   {perSecond, retryAfterSec?}; DELETE turns it off
 *   POST   /__sim/expire-tokens
 *   POST   /__sim/raw-data     {form}    'inline' or 'link': how raw-data answers alerts that do not choose
 *   POST   /__sim/seed         {n, environment?, source?, tenantId?}
 *   GET    /__sim/alerts                 a summary of every alert; POST adds one (an AlertInit)
 *   GET    /__sim/requests?route=KEY     recorded requests; DELETE clears them
 *   GET    /__sim/ingests?sha256=HEX     ingested emails (of those bytes)
 *   POST   /__sim/analyses/{id} {state, kind?}
 *   POST   /__sim/alerts/{id}/update {environment?, tenantId?, verdict?, familyName?, note?}
 *                                       updates a finished alert: its alert_update_time moves to now
 *   GET    /__sim/updates?from=N         the update log (every state of every alert), from entry N on
 */
import { z } from 'zod';
import { alertInitSchema } from './control-alert.js';
import { badRequest, fail, ok, type Reply } from './reply.js';
import { fieldProblems } from './validation.js';
import { alertStatus, isoDate } from './render.js';
import { UpdateRefused } from './alert-update.js';
import type { SimState } from './sim-state.js';
import type { AlertInit, SimAlert, Simulator } from './types.js';

const faultSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('status'),
    status: z.union([z.literal(429), z.literal(500), z.literal(502), z.literal(503), z.literal(504)]),
    retryAfterSec: z.number().int().min(0).optional(),
  }),
  z.object({ kind: z.literal('reset'), afterHandling: z.boolean().optional() }),
  // A timer longer than 2³¹−1 ms fires at once in Node (TimeoutOverflowWarning): refused, not silently shortened.
  z.object({ kind: z.literal('delay'), ms: z.number().min(0).max(2_147_483_647) }),
  z.object({ kind: z.literal('malformed-json') }),
]);

const bodies = {
  reset: z.object({ seed: z.number().int().min(0).optional() }).optional(),
  faults: z.object({ route: z.string().min(1).default('*'), fault: faultSchema, times: z.number().int().min(1).optional() }),
  rateLimit: z.object({ perSecond: z.number().min(0), retryAfterSec: z.number().int().min(0).optional() }),
  seed: z.object({
    n: z.number().int().min(0).max(10_000),
    environment: z.string().min(1).optional(),
    source: z.string().min(1).optional(),
    tenantId: z.string().min(1).optional(),
  }),
  alert: alertInitSchema,
  rawData: z.object({ form: z.enum(['inline', 'link']) }),
  update: z.strictObject({
    environment: z.string().min(1).optional(),
    tenantId: z.string().min(1).optional(),
    verdict: z.string().min(1).optional(),
    familyName: z.string().min(1).nullable().optional(),
    note: z.string().nullable().optional(),
  }),
  analysis: z.object({
    state: z.enum(['running', 'succeeded', 'failed', 'missing']),
    kind: z.enum(['file', 'url', 'endpoint']).optional(),
  }),
};

/** A one-line view of an alert (what a person driving the CLI needs to pick ids). */
function summary(a: SimAlert, now: number) {
  return {
    alert_id: a.alertId,
    environment: a.environment,
    tenant_id: a.tenantId ?? null,
    source: a.source,
    status: alertStatus(a, now),
    verdict: a.triage.verdict,
    family_name: a.triage.familyName,
    creation_time: isoDate(a.createdAt),
    scans: a.scans,
  };
}

/** What a control call's handler gets. */
interface ControlCall {
  sim: Simulator;
  state: SimState;
  query: URLSearchParams;
  /** The `{id}` of `/analyses/{id}` or `/alerts/{id}/update`. */
  id: string;
  now: number;
}

interface ControlRoute {
  /** The body's schema; the handler gets the parsed body. */
  body?: z.ZodType;
  run: (body: unknown, c: ControlCall) => Reply;
}

/** A control call with a body: `run` gets it parsed by `schema`. */
function withBody<S extends z.ZodType>(schema: S, run: (body: z.infer<S>, c: ControlCall) => Reply): ControlRoute {
  return { body: schema, run: run as (body: unknown, c: ControlCall) => Reply };
}

const CALLS: Record<string, ControlRoute> = {
  'GET /state': {
    run: (_b, { sim, state }) =>
      ok({
        baseUrl: sim.baseUrl,
        apiRoot: sim.apiRoot,
        alerts: state.store.alertCount,
        tokenRequests: sim.tokenRequests,
        requests: sim.count(),
        counts: state.log.countsByRoute(),
        rawData: state.rawDataForm,
      }),
  },
  'POST /reset': withBody(bodies.reset, (b, { sim, state }) => {
    sim.reset(b ?? {});
    return ok({ alerts: state.store.alertCount });
  }),
  'POST /faults': withBody(bodies.faults, (b, { sim }) => {
    sim.inject(b.route, b.fault, b.times);
    return ok({ injected: true });
  }),
  'DELETE /faults': {
    run: (_b, { sim }) => {
      sim.clearFaults();
      return ok({ cleared: true });
    },
  },
  'POST /rate-limit': withBody(bodies.rateLimit, (b, { sim }) => {
    sim.rateLimit(b);
    return ok({ rateLimit: b });
  }),
  'DELETE /rate-limit': {
    run: (_b, { sim }) => {
      sim.rateLimit(null);
      return ok({ rateLimit: null });
    },
  },
  'POST /expire-tokens': {
    run: (_b, { sim }) => {
      sim.expireAllTokens();
      return ok({ expired: true });
    },
  },
  'POST /raw-data': withBody(bodies.rawData, ({ form }, { sim }) => {
    sim.setRawDataForm(form);
    return ok({ rawData: form });
  }),
  'POST /seed': withBody(bodies.seed, ({ n, ...opts }, { sim, now }) => ok({ alerts: sim.seed(n, opts).map((a) => summary(a, now)) })),
  'GET /alerts': { run: (_b, { sim, now }) => ok({ alerts: sim.alerts().map((a) => summary(a, now)) }) },
  // The body is an AlertInit, checked whole (control-alert.ts).
  'POST /alerts': withBody(bodies.alert, (b, { sim, now }) => ok({ alert: summary(sim.addAlert(b as AlertInit), now) })),
  'GET /requests': {
    run: (_b, { sim, query }) => {
      const route = query.get('route');
      const requests = route ? sim.requests.filter((r) => r.routeKey === route) : sim.requests;
      return ok({ count: sim.count(route ?? undefined), requests });
    },
  },
  'DELETE /requests': {
    run: (_b, { state }) => {
      state.log.clear();
      return ok({ cleared: true });
    },
  },
  'GET /ingests': {
    run: (_b, { sim, query }) => {
      const sha = query.get('sha256')?.toLowerCase();
      const ingests = sha ? sim.ingests.filter((i) => i.sha256 === sha) : sim.ingests;
      return ok({ count: ingests.length, ingests });
    },
  },
  'POST /alerts/{id}/update': withBody(bodies.update, (b, { sim, id, now }) => {
    try {
      return ok({ alert: { ...summary(sim.updateAlert(id, b), now), alert_update_time: sim.updates().at(-1)!.alertUpdateTime } });
    } catch (err) {
      if (err instanceof UpdateRefused) return fail(err.status, err.message);
      throw err;
    }
  }),
  'GET /updates': {
    run: (_b, { sim, query }) => {
      const from = Number(query.get('from') ?? 0);
      if (!Number.isInteger(from) || from < 0) return badRequest({ from: 'must be a whole number from 0' });
      const all = sim.updates();
      return ok({ count: all.length, updates: all.slice(from) });
    },
  },
  'POST /analyses/{id}': withBody(bodies.analysis, (b, { sim, id }) => {
    sim.setAnalysis(id, b.state, b.kind);
    return ok({ analysis_id: id, state: b.state });
  }),
};

/** The control API's handler; `simulator` answers the simulator once it is listening. */
export function controlHandler(simulator: () => Simulator, state: SimState) {
  return (method: string, path: string, query: URLSearchParams, body: unknown): Reply => {
    const analysis = /^\/analyses\/([^/]+)$/.exec(path);
    const update = /^\/alerts\/([^/]+)\/update$/.exec(path);
    const withId = analysis ?? update;
    const call = CALLS[`${method} ${analysis ? '/analyses/{id}' : update ? '/alerts/{id}/update' : path}`];
    if (!call) return fail(404, `No control call ${method} /__sim${path}`);
    let parsed = body;
    if (call.body) {
      const r = call.body.safeParse(body);
      if (!r.success) return badRequest(fieldProblems(r.error));
      parsed = r.data;
    }
    let id = '';
    try {
      id = withId ? decodeURIComponent(withId[1]!) : '';
    } catch {
      return badRequest({ id: 'is not a valid percent-encoded segment' });
    }
    return call.run(parsed, { sim: simulator(), state, query, id, now: Date.now() });
  };
}
