/**
 * What the transport notes on a pooled connection beyond what node:http keeps: whether it is
 * established (TCP connected, TLS done, the proxy's tunnel open: from then on a request
 * written to it may reach the server), and when it last carried a whole answer (a connection
 * found dead after sitting idle is "stale"; one that answered a moment ago is not), and how
 * long it took to establish (a bound on the round trip: a peer that had dropped the connection
 * answers a request written to it within about one round trip).
 */
import type { Duplex } from 'node:stream';

const ESTABLISHED = Symbol('intezer.established');
const ANSWERED_AT = Symbol('intezer.answeredAt');
const SETUP_MS = Symbol('intezer.setupMs');

type Marked = Duplex & { [ESTABLISHED]?: boolean; [ANSWERED_AT]?: number; [SETUP_MS]?: number };

/** Marks a new connection as not established until `event` ('connect', or 'secureConnect' for TLS). */
export function establishedOn<S extends Duplex>(socket: S, event: 'connect' | 'secureConnect'): S {
  const s = socket as Marked;
  s[ESTABLISHED] = false;
  const started = performance.now();
  socket.once(event, () => {
    s[ESTABLISHED] = true;
    s[SETUP_MS] = performance.now() - started;
  });
  return socket;
}

/** A connection not made by our agents is taken as established. */
export function isEstablished(socket: Duplex): boolean {
  return (socket as Marked)[ESTABLISHED] !== false;
}

export function markAnswered(socket: Duplex): void {
  (socket as Marked)[ANSWERED_AT] = performance.now();
}

/** performance.now() of the last whole answer on `socket`; undefined for a new connection. */
export function answeredAt(socket: Duplex): number | undefined {
  return (socket as Marked)[ANSWERED_AT];
}

/** How long `socket` took to establish (DNS, TCP, TLS, a proxy's tunnel); undefined when not known. */
export function setupMs(socket: Duplex): number | undefined {
  return (socket as Marked)[SETUP_MS];
}
