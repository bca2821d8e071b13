/**
 * The SDK as its users run it: tsc's output in dist/esm (`npm run bench` builds it first),
 * not the TypeScript sources through tsx. tsx's esbuild transform keeps function names by
 * wrapping every named closure in a `__name()` call, made again each time the closure is
 * created, so per call in the transport (seen in `node --cpu-prof`: ~1.6 µs a call); the
 * benchmark would time that, which no user runs. Types come from the sources.
 *
 * `BENCH_SDK_DIST=<path of a dist/esm/src>` times another build instead (an older checkout's,
 * to compare before and after): then nothing is checked for freshness.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const given = process.env.BENCH_SDK_DIST;
const dist = given ? path.resolve(given) : path.join(root, 'dist/esm/src');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

const built = path.join(dist, 'index.js');
if (!existsSync(built)) throw new Error(`${dist} holds no build: run \`npm run build\` (or \`npm run bench\`, which builds first)`);
if (!given && Math.max(newestMtime(path.join(root, 'src')), newestMtime(path.join(root, 'generated'))) > statSync(built).mtimeMs) {
  throw new Error('dist/esm is older than src/ or generated/: run `npm run build` (or `npm run bench`, which builds first)');
}

/** Which build is timed: this checkout's, or the one BENCH_SDK_DIST names. */
export const sdkDist = dist;
const load = <T>(rel: string): Promise<T> => import(new URL(rel, `file://${dist}/`).href) as Promise<T>;

export const sdk = await load<typeof import('../../src/index.js')>('index.js');
export const endpoints = await load<typeof import('../../src/client/endpoints.js')>('client/endpoints.js');
export const validation = await load<typeof import('../../src/client/validate.js')>('client/validate.js');
export const agents = await load<typeof import('../../src/client/transport/agents.js')>('client/transport/agents.js');
export const nodeHttp = await load<typeof import('../../src/client/transport/node-http.js')>('client/transport/node-http.js');
export const fetchAdapter = await load<typeof import('../../src/client/fetch-adapter.js')>('client/fetch-adapter.js');
export const operations = await load<typeof import('../../src/client/operations.js')>('client/operations.js');
