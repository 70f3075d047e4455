import { JwksController } from './jwks.controller';
import type { RegistryKeys } from './registry-keys';

describe('JwksController', () => {
  const registryKeys = { keys: [{ kty: 'OKP', crv: 'Ed25519', x: 'x', kid: 'k1', alg: 'EdDSA', use: 'sig' as const }] };

  it("publishes the registry's keys, and no development key set in production", () => {
    const controller = new JwksController({ devIssuer: null, jwks: () => registryKeys } as unknown as RegistryKeys);
    expect(controller.registryKeys()).toEqual(registryKeys);
    expect(() => controller.developmentKeys()).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });
});
