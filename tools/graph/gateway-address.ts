import type { AppConfig } from '@app/config';

// An app listening on every address is reached on this machine through loopback.
const ANY_ADDRESS = new Set(['0.0.0.0', '::', '[::]']);

/** Where a tool on this machine reaches the running graph's gateway: HOST and GATEWAY_PORT, as `npm start` uses them. */
export function gatewayUrl(config: Pick<AppConfig, 'host' | 'ports'>): string {
  const host = ANY_ADDRESS.has(config.host) ? '127.0.0.1' : config.host;
  const bracketed = host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
  return `http://${bracketed}:${config.ports.gateway}`;
}

/** The registry's published key set at the running gateway. */
export function gatewayJwksUrl(config: Pick<AppConfig, 'host' | 'ports'>): string {
  return `${gatewayUrl(config)}/.well-known/jwks.json`;
}
