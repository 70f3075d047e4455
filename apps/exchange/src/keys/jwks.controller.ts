import { Controller, Get, Header } from '@nestjs/common';
import { DomainError } from '@app/errors';
import { Public, type PublicJwk } from '@app/auth';
import { RegistryKeys } from './registry-keys';

/** Production has no development issuer, so no key set for it. */
class NoDevelopmentIssuerError extends DomainError {
  readonly code = 'NOT_FOUND';
}

/**
 * The public keys anyone needs to verify what the registry signs. Verifiers cache them for
 * JWKS_CACHE_SECONDS, so a key removed here stops being trusted within that time.
 */
@Controller('.well-known')
@Public()
export class JwksController {
  constructor(private readonly keys: RegistryKeys) {}

  @Get('jwks.json')
  @Header('Cache-Control', 'public, max-age=60')
  registryKeys(): { keys: PublicJwk[] } {
    return this.keys.jwks();
  }

  /** The development issuer's key (npm run token); absent in production. */
  @Get('dev-jwks.json')
  @Header('Cache-Control', 'no-store')
  developmentKeys(): { keys: PublicJwk[] } {
    if (!this.keys.devIssuer) throw new NoDevelopmentIssuerError('There is no development issuer in production');
    return this.keys.devIssuer.jwks();
  }
}
