// An app listening on every address is reached on this machine through loopback.
const ANY_ADDRESS = new Set(['0.0.0.0', '::', '[::]']);

/** The URL an app listening on `host:port` is reached at from this machine (loopback for every address, IPv6 bracketed). */
export function localHttpUrl(host: string, port: number): string {
  const reachable = ANY_ADDRESS.has(host) ? '127.0.0.1' : host;
  const bracketed = reachable.includes(':') && !reachable.startsWith('[') ? `[${reachable}]` : reachable;
  return `http://${bracketed}:${port}`;
}
