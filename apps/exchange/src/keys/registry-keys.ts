import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { DevTokenIssuer, loadSigningKeys, type PublicJwk, type SigningKey } from '@app/auth';

/**
 * The registry's own keys: the first signs access tokens (and, later, log checkpoints and
 * consent receipts); all are published so that what an older key signed still verifies.
 * Outside production a key is created on first start; in production it must be provisioned.
 */
@Injectable()
export class RegistryKeys {
  readonly signing: SigningKey;
  private readonly published: PublicJwk[];
  readonly devIssuer: DevTokenIssuer | null;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    const keys = loadSigningKeys(config.tokens.registrySigningKeyFile, { create: !config.production });
    this.signing = keys[0];
    this.published = keys.map((key) => key.publicJwk);
    this.devIssuer = config.tokens.devIssuer ? DevTokenIssuer.fromConfig(config.tokens) : null;
  }

  jwks(): { keys: PublicJwk[] } {
    return { keys: this.published };
  }
}
