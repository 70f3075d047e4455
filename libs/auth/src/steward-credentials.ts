import { createHash, timingSafeEqual } from 'node:crypto';
import type { StewardCredential } from '@app/config';

/** A data steward of one registry. */
export interface StewardPrincipal {
  kind: 'steward';
  stewardId: string;
  registry: string;
}

/**
 * Until agency and steward tokens land (issue #4), a steward proves who they are with a
 * secret configured per steward (STEWARD_CREDENTIALS) and sent as
 * `Authorization: Steward <stewardId>:<secret>`. Only hashes are kept in memory.
 */
export class StewardCredentials {
  private readonly byId: Map<string, StewardCredential>;

  constructor(credentials: StewardCredential[]) {
    this.byId = new Map(credentials.map((credential) => [credential.stewardId, credential]));
  }

  /** The steward named by an Authorization header, or null if it names none or the secret is wrong. */
  authenticate(authorization: string | undefined): StewardPrincipal | null {
    const match = /^Steward ([A-Za-z0-9._-]{1,64}):(\S{1,256})$/.exec(authorization ?? '');
    if (!match) return null;
    const credential = this.byId.get(match[1]);
    const presented = createHash('sha256').update(match[2]).digest();
    // Compare even for an unknown steward, so that timing does not tell which ids exist.
    const expected = credential ? Buffer.from(credential.secretSha256, 'hex') : Buffer.alloc(32);
    if (!timingSafeEqual(presented, expected) || !credential) return null;
    return { kind: 'steward', stewardId: credential.stewardId, registry: credential.registry };
  }
}
