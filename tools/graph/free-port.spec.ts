import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { freePort, reservedPortRange } from './free-port';

const HOST = '127.0.0.1';

function ephemeralRange(): [number, number] | undefined {
  try {
    const [low, high] = readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/).map(Number);
    return [low, high];
  } catch {
    return undefined;
  }
}

async function listenOn(port: number): Promise<Server> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, HOST, resolve));
  return server;
}

describe('a free port for an app a test starts', () => {
  // CI saw the gateway fail with EADDRINUSE on a port picked moments before: a port the system
  // hands out for listen(0) is one it also hands to any outgoing connection (a pool's connection
  // to PostgreSQL, an app fetching keys), which may take it before the app listens.
  it("lies below the system's ephemeral range, where no outgoing connection or listen(0) takes it", async () => {
    const range = ephemeralRange();
    if (!range) return; // not Linux: nothing to compare with
    const port = await freePort(HOST);
    expect(port).toBeLessThan(range[0]);
    expect(port).toBeGreaterThanOrEqual(reservedPortRange().low);
  });

  it('is never handed out twice by one process, and skips a port something listens on', async () => {
    const first = await freePort(HOST);
    const occupied = await listenOn(first + 1 < reservedPortRange().high ? first + 1 : first - 1).catch(
      () => undefined,
    );
    try {
      const picks = new Set<number>([first]);
      for (let i = 0; i < 20; i++) picks.add(await freePort(HOST));
      expect(picks.size).toBe(21);
      const taken = (occupied?.address() as { port: number } | undefined)?.port;
      if (taken) expect(picks.has(taken)).toBe(false);
      for (const port of picks) {
        const server = await listenOn(port);
        await new Promise((resolve) => server.close(resolve));
      }
    } finally {
      occupied?.close();
    }
  });
});
