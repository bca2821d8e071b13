/**
 * A CONNECT tunnel through an HTTP(S) proxy, handed to the pool as a socket at once (a Duplex
 * that holds what is written to it until the proxy has said 200). So the agent counts it like
 * any connection, the request it was made for owns it from the first moment (its deadline and
 * its abort bound the CONNECT, and tear it down with the connection to the proxy), and
 * `agent.destroy()` reaches it in any state. TLS to the service, when asked, runs inside it.
 */
import net from 'node:net';
import { Duplex } from 'node:stream';
import tls from 'node:tls';

export interface ProxyConfig {
  url: URL;
  /** Whether an https proxy's own certificate is checked. */
  verifySsl: boolean;
}

/** A proxy's answer to CONNECT is a status line and headers; more than this is not one. */
const MAX_CONNECT_HEAD = 16 * 1024;

const unbracket = (host: string) => host.replace(/^\[(.*)\]$/, '$1');

/** A URL's user or password as it is meant: percent-decoded, or as written when its escapes are malformed (`%zz`), as curl and Python do. */
export function decodeUserinfo(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The Proxy-Authorization value for a proxy URL's credentials; undefined when it has none. */
export function proxyAuthorization(proxy: URL): string | undefined {
  if (!proxy.username && !proxy.password) return undefined;
  return `Basic ${Buffer.from(`${decodeUserinfo(proxy.username)}:${decodeUserinfo(proxy.password)}`).toString('base64')}`;
}

function connectRequest(proxy: URL, host: string, port: number): string {
  const authority = `${net.isIPv6(host) ? `[${host}]` : host}:${port}`;
  let head = `CONNECT ${authority} HTTP/1.1\r\nHost: ${authority}\r\n`;
  const authorization = proxyAuthorization(proxy);
  if (authorization) head += `Proxy-Authorization: ${authorization}\r\n`;
  return `${head}\r\n`;
}

function coded(message: string, code: string, extra: object = {}): Error {
  return Object.assign(new Error(message), { code, ...extra });
}

export class ProxyTunnel extends Duplex {
  readonly #socket: net.Socket;
  #open = false;
  #head = Buffer.alloc(0);
  /** Writes made before the tunnel opened. */
  #held: { chunk: Buffer; done: (err?: Error | null) => void }[] = [];

  constructor(proxy: ProxyConfig, host: string, port: number) {
    super({ allowHalfOpen: false });
    const { url } = proxy;
    const proxyHost = unbracket(url.hostname);
    const proxyPort = Number(url.port) || (url.protocol === 'https:' ? 443 : 80);
    this.#socket =
      url.protocol === 'https:'
        ? tls.connect({ host: proxyHost, port: proxyPort, rejectUnauthorized: proxy.verifySsl, ...(!net.isIP(proxyHost) && { servername: proxyHost }) })
        : net.connect({ host: proxyHost, port: proxyPort });
    this.#socket.setNoDelay(true);
    this.#socket.write(connectRequest(url, unbracket(host), port));
    this.#socket.on('data', (c: Buffer) => (this.#open ? this.#pass(c) : this.#readHead(c)));
    this.#socket.on('end', () =>
      this.#open ? this.push(null) : this.destroy(coded('the proxy closed the connection before the tunnel opened', 'ECONNRESET')),
    );
    this.#socket.on('error', (e) => this.destroy(e));
    this.#socket.on('close', () => this.destroy());
    this.#socket.on('timeout', () => this.emit('timeout'));
  }

  #readHead(chunk: Buffer): void {
    this.#head = Buffer.concat([this.#head, chunk]);
    const end = this.#head.indexOf('\r\n\r\n');
    if (end < 0) {
      if (this.#head.length > MAX_CONNECT_HEAD) this.destroy(coded('the proxy answered CONNECT with an oversized head', 'ECONNRESET'));
      return;
    }
    const statusLine = this.#head.subarray(0, this.#head.indexOf('\r\n')).toString('latin1');
    const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1]);
    if (!(status >= 200 && status < 300)) {
      // Nothing reached the service: the tunnel was refused. 403 and 407 will be refused again
      // (retry-policy.ts: not repeated, a wait ends); a 5xx is the proxy's own trouble.
      const code = status === 403 || status === 407 ? 'ERR_PROXY_REFUSED' : 'ECONNREFUSED';
      this.destroy(coded(`the proxy refused the tunnel: ${statusLine}`, code, { proxyStatus: status || undefined }));
      return;
    }
    const rest = this.#head.subarray(end + 4);
    this.#head = Buffer.alloc(0);
    this.#open = true;
    for (const { chunk, done } of this.#held.splice(0)) this.#socket.write(chunk, done);
    this.emit('connect');
    if (rest.length) this.#pass(rest);
  }

  #pass(chunk: Buffer): void {
    if (!this.push(chunk)) this.#socket.pause();
  }

  override _read(): void {
    this.#socket.resume();
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, done: (err?: Error | null) => void): void {
    if (this.#open) this.#socket.write(chunk, done);
    else this.#held.push({ chunk, done });
  }

  override _final(done: (err?: Error | null) => void): void {
    this.#socket.end();
    done();
  }

  override _destroy(err: Error | null, done: (err?: Error | null) => void): void {
    this.#socket.destroy();
    this.#held = [];
    done(err);
  }

  // What node:http and its agent call on a socket, passed to the connection to the proxy.
  get connecting(): boolean {
    return !this.#open;
  }
  get timeout(): number | undefined {
    return this.#socket.timeout;
  }
  setTimeout(ms: number, onTimeout?: () => void): this {
    this.#socket.setTimeout(ms);
    if (onTimeout) this.once('timeout', onTimeout);
    return this;
  }
  setKeepAlive(enable?: boolean, initialDelay?: number): this {
    this.#socket.setKeepAlive(enable, initialDelay);
    return this;
  }
  setNoDelay(noDelay?: boolean): this {
    this.#socket.setNoDelay(noDelay);
    return this;
  }
  ref(): this {
    this.#socket.ref();
    return this;
  }
  unref(): this {
    this.#socket.unref();
    return this;
  }
  destroySoon(): void {
    this.end(() => this.destroy());
  }
}
