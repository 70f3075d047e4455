import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { randomInt } from 'node:crypto';

/**
 * Ports for the apps a test or `npm start` launches, picked before each app listens (an app must
 * know its own URL, and others theirs, before it starts).
 *
 * Not the system's pick (listen(0)): that comes from the ephemeral range, which the system also
 * draws from for every outgoing connection, so in the moments between the pick and the app's
 * listen a connection pool or a fetch on the machine can take the port (CI saw the gateway fail
 * with EADDRINUSE on PostgreSQL, where each app holds a pool of connections). Ports below the
 * ephemeral range are only ever taken by an explicit listen. A random start spreads the test
 * workers of one run over the range; a port is never handed out twice by one process.
 */
const RESERVED_LOW = 20000;
const handedOut = new Set<number>();

/** Where picks come from: from 20000 up to just below the ephemeral range (Linux's, when it can be read). */
export function reservedPortRange(): { low: number; high: number } {
  const ephemeralLow = readEphemeralLow() ?? 32768;
  return { low: RESERVED_LOW, high: Math.max(RESERVED_LOW + 1000, ephemeralLow) };
}

/** A port nothing listens on right now, below the ephemeral range, not handed out before by this process. */
export async function freePort(host: string): Promise<number> {
  const { low, high } = reservedPortRange();
  const size = high - low;
  const start = randomInt(size);
  for (let step = 0; step < size; step++) {
    const port = low + ((start + step) % size);
    if (handedOut.has(port) || !(await canListen(host, port))) continue;
    handedOut.add(port);
    return port;
  }
  throw new Error(`no free port between ${low} and ${high - 1} on ${host}`);
}

async function canListen(host: string, port: number): Promise<boolean> {
  const server = createServer();
  const listening = await new Promise<boolean>((resolve) => {
    server.once('error', () => resolve(false)).listen(port, host, () => resolve(true));
  });
  if (listening) await new Promise((resolve) => server.close(resolve));
  return listening;
}

function readEphemeralLow(): number | undefined {
  try {
    const low = Number(readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/)[0]);
    return Number.isInteger(low) && low > 0 ? low : undefined;
  } catch {
    return undefined; // not Linux
  }
}
