import { localHttpUrl, type AppConfig } from '@app/config';

/** Where a tool on this machine reaches the running graph's gateway: HOST and GATEWAY_PORT, as `npm start` uses them. */
export function gatewayUrl(config: Pick<AppConfig, 'host' | 'ports'>): string {
  return localHttpUrl(config.host, config.ports.gateway);
}

/** The registry's published key set at the running gateway. */
export function gatewayJwksUrl(config: Pick<AppConfig, 'host' | 'ports'>): string {
  return `${gatewayUrl(config)}/.well-known/jwks.json`;
}
