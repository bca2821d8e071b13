/**
 * A tiny HTTP CONNECT proxy on 127.0.0.1 for tests. It records each tunnel it opens (the
 * target asked for and the local port of its upstream connection, which is the port the
 * target server sees as the client's), so a test can tell which requests went through it.
 */
import http from 'node:http';
import net from 'node:net';

export interface Tunnel {
  /** The CONNECT target, `host:port`. */
  target: string;
  /** Local port of the proxy's connection to the target. */
  upstreamPort: number;
}

export interface ConnectProxy {
  readonly url: string;
  readonly tunnels: Tunnel[];
  close(): Promise<void>;
}

/** `refuse`: answer every CONNECT with that status; `hangAfter`: open that many tunnels, then never answer a CONNECT. */
export async function startConnectProxy(options: { refuse?: number; hangAfter?: number } = {}): Promise<ConnectProxy> {
  let connects = 0;
  const tunnels: Tunnel[] = [];
  const sockets = new Set<net.Socket>();
  const track = (s: net.Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  };
  const server = http.createServer((_req, res) => {
    // Only tunnels are served: a plain request through this proxy is a test failure.
    res.writeHead(405).end();
  });
  server.on('connect', (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    track(client);
    if (options.refuse) {
      client.end(`HTTP/1.1 ${options.refuse} Refused\r\n\r\n`);
      return;
    }
    if (options.hangAfter !== undefined && ++connects > options.hangAfter) return;
    const [host, port] = (req.url ?? '').split(':');
    const upstream = net.connect(Number(port), host, () => {
      tunnels.push({ target: req.url ?? '', upstreamPort: upstream.localPort! });
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    track(upstream);
    const destroyBoth = () => {
      upstream.destroy();
      client.destroy();
    };
    upstream.on('error', destroyBoth);
    client.on('error', destroyBoth);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    tunnels,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
