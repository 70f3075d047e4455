import { loadConfig } from '@app/config';
import { gatewayJwksUrl, gatewayUrl } from './gateway-address';

describe('the gateway address tools use', () => {
  const of = (env: Record<string, string>) => gatewayUrl(loadConfig({ NODE_ENV: 'test', ...env }));

  it('is HOST and GATEWAY_PORT, as npm start listens', () => {
    expect(of({})).toBe('http://127.0.0.1:4000');
    expect(of({ GATEWAY_PORT: '4100' })).toBe('http://127.0.0.1:4100');
    expect(of({ HOST: '10.0.0.5', GATEWAY_PORT: '8080' })).toBe('http://10.0.0.5:8080');
    expect(gatewayJwksUrl(loadConfig({ NODE_ENV: 'test', GATEWAY_PORT: '4100' }))).toBe(
      'http://127.0.0.1:4100/.well-known/jwks.json',
    );
  });

  it('reaches an app listening on every address through loopback, and brackets an IPv6 host', () => {
    expect(of({ HOST: '0.0.0.0', GATEWAY_PORT: '4100' })).toBe('http://127.0.0.1:4100');
    expect(of({ HOST: '::', GATEWAY_PORT: '4100' })).toBe('http://127.0.0.1:4100');
    expect(of({ HOST: '::1', GATEWAY_PORT: '4100' })).toBe('http://[::1]:4100');
  });
});
