/**
 * Neither the API key nor the access token ever reaches stdout or stderr, in any failure
 * mode, even from a server that echoes both into its error bodies and headers; the key is
 * given by --api-key or by the environment, and --verbose logs every attempt.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeEmails } from './emails.js';
import { runCli, withTempDir } from './run-cli.js';

const T = 60_000;
const KEY = randomBytes(32).toString('hex');
const TOKEN = randomBytes(30).toString('base64url');
const echo = `key ${KEY} token ${TOKEN}`;

type Mode = 'token-400' | 'token-404' | 'call-500' | 'call-401' | 'call-429' | 'call-malformed' | 'ingest-400' | 'call-reset';

/** A server that fails in `mode`, with the key and the token in every body and header it can put them in. */
async function echoingServer(mode: Mode): Promise<{ baseUrl: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const headers = { 'content-type': 'application/json', 'x-echo': echo, 'www-authenticate': `Bearer ${TOKEN}` };
      const answer = (status: number, body: unknown) => res.writeHead(status, headers).end(JSON.stringify(body));
      if (req.url!.endsWith('/get-access-token')) {
        // No token was issued yet: only the key can be echoed.
        if (mode === 'token-400') return answer(400, { error: `invalid api key ${KEY}`, api_key: KEY });
        if (mode === 'token-404') return res.writeHead(404, { 'x-echo': KEY }).end(`no route here for key ${KEY}`);
        return answer(200, { result: TOKEN, expire_at: Math.floor(Date.now() / 1000) + 3600 });
      }
      if (mode === 'call-500') return answer(500, { error: `failed for ${echo}`, details: { authorization: `Bearer ${TOKEN}` } });
      if (mode === 'call-401') return answer(401, { error: `token ${TOKEN} refused` });
      if (mode === 'call-429') return res.writeHead(429, { ...headers, 'retry-after': '100000' }).end(JSON.stringify({ error: echo }));
      if (mode === 'call-malformed') return answer(200, { result: echo, status: echo, echo });
      if (mode === 'ingest-400') return answer(400, { error: 'Bad Request', message: { file: echo } });
      return req.socket.destroy();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/api/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const MODES: [Mode, string[], number][] = [
  ['token-400', ['get', 'abc'], 3],
  ['token-404', ['get', 'abc'], 1],
  ['call-500', ['get', 'abc'], 1],
  ['call-401', ['get', 'abc'], 3],
  ['call-429', ['notify', 'abc'], 1],
  ['call-malformed', ['get', 'abc'], 1],
  ['call-reset', ['get', 'abc'], 1],
  ['ingest-400', ['send-phishing', 'in'], 1],
];

describe.concurrent('secrets never reach stdout or stderr', () => {
  for (const [mode, command, code] of MODES) {
    it(
      `${mode} (${command[0]}): neither the key (by --api-key or by env) nor the token is printed, even with --verbose`,
      () =>
        withTempDir(async (dir) => {
          await writeEmails(dir, 'in', 1);
          const server = await echoingServer(mode);
          try {
            const common = ['--base-url', server.baseUrl, '--max-retries', '0', '--verbose'];
            const runs = await Promise.all([
              runCli([...common, '--api-key', KEY, ...command], { cwd: dir }),
              // Its own state folder: two send-phishing runs on one manifest would not run at once.
              runCli([...common, ...command], { cwd: dir, env: { INTEZER_ANALYZE_API_KEY: KEY, XDG_STATE_HOME: path.join(dir, 'state2') } }),
            ]);
            for (const r of runs) {
              expect(r.code, r.stderr).toBe(code);
              expect(r.stdout + r.stderr).toMatch(/Error: /);
              for (const secret of [KEY, TOKEN]) {
                expect(r.stdout).not.toContain(secret);
                expect(r.stderr).not.toContain(secret);
              }
            }
          } finally {
            await server.close();
          }
        }),
      T,
    );
  }
});

describe('a proxy password written unencoded', () => {
  it.each(['pa/ss-w0rd-tail', 'pa#ss-w0rd-tail', 'pa?ss-w0rd-tail', 'p@ss-w0rd-tail'])(
    '%j never reaches stdout or stderr, the proxy refused or not',
    async (password) => {
      const run = await runCli([
        '--api-key',
        KEY,
        '--base-url',
        'http://127.0.0.1:9/api/',
        '--max-retries',
        '0',
        '--verbose',
        '--proxy',
        `http://alice:${password}@127.0.0.1:9`,
        'get',
        'abc',
      ]);
      expect(run.code).not.toBe(0);
      expect(run.stdout + run.stderr).toMatch(/Error: /);
      for (const part of ['ss-w0rd', 'w0rd-tail']) expect(run.stdout + run.stderr).not.toContain(part);
    },
    T,
  );
});
