/**
 * Proxies for the tunnel tests, on 127.0.0.1: one that accepts TCP and never answers CONNECT,
 * and a CONNECT proxy that wants Basic credentials (407 without them) and notes what it was
 * sent. Both track the connections they hold open.
 */
import http from 'node:http';
import net from 'node:net';

export interface TestProxy {
  readonly url: string;
  readonly port: number;
  /** Client connections open now. */
  readonly open: Set<net.Socket>;
  /** Client connections accepted in all. */
  accepted: number;
  /** Each CONNECT's Proxy-Authorization header ('' when none). */
  readonly authorizations: string[];
  close(): Promise<void>;
}

function tracked(server: net.Server, proxy: Omit<TestProxy, 'url' | 'port' | 'close'>): void {
  server.on('connection', (socket: net.Socket) => {
    proxy.accepted++;
    proxy.open.add(socket);
    socket.on('close', () => proxy.open.delete(socket));
  });
}

async function listening(server: net.Server, proxy: Omit<TestProxy, 'url' | 'port' | 'close'>): Promise<TestProxy> {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as net.AddressInfo;
  return Object.assign(proxy, {
    url: `http://127.0.0.1:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of proxy.open) s.destroy();
        server.close(() => resolve());
      }),
  });
}

/** Accepts connections and reads what comes, but never answers. */
export async function startSilentProxy(): Promise<TestProxy> {
  const proxy = { open: new Set<net.Socket>(), accepted: 0, authorizations: [] as string[] };
  const server = net.createServer((socket) => socket.resume());
  tracked(server, proxy);
  return listening(server, proxy);
}

/** A CONNECT proxy that tunnels only for `Basic base64(credentials)`. */
export async function startAuthProxy(credentials: string): Promise<TestProxy> {
  const proxy = { open: new Set<net.Socket>(), accepted: 0, authorizations: [] as string[] };
  const expected = `Basic ${Buffer.from(credentials).toString('base64')}`;
  const server = http.createServer((_req, res) => res.writeHead(405).end());
  server.on('connect', (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    const auth = req.headers['proxy-authorization'] ?? '';
    proxy.authorizations.push(auth);
    if (auth !== expected) return void client.end('HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic\r\n\r\n');
    const [host, port] = (req.url ?? '').split(':');
    const upstream = net.connect(Number(port), host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client).pipe(upstream);
    });
    const destroyBoth = () => {
      upstream.destroy();
      client.destroy();
    };
    upstream.on('error', destroyBoth);
    client.on('error', destroyBoth);
    client.on('close', destroyBoth);
  });
  tracked(server, proxy);
  return listening(server, proxy);
}
