import type { JWTVerifyGetKey } from 'jose';
import type { Principal } from '../principal';

/** What a verification established, and against which key of the issuer's set. */
export interface VerifiedToken {
  readonly principal: Principal;
  /** Epoch milliseconds: the token's exp. Never remembered beyond it. */
  readonly notAfter: number;
  /** The issuer's key lookup, and what it was asked and answered when the signature was checked. */
  readonly keys: JWTVerifyGetKey;
  readonly lookup: Parameters<JWTVerifyGetKey>;
  readonly key: unknown;
}

/**
 * Tokens already verified, by their exact text, least recently used forgotten first. A
 * gateway and each subgraph see the same token on every request of a caller: checking its
 * signature once per process is enough, as long as nothing else is skipped (see TokenVerifier).
 */
export class VerifiedTokenCache {
  // A Map keeps insertion order: re-inserting on each hit makes its first key the least recently used.
  private readonly entries = new Map<string, VerifiedToken>();

  constructor(private readonly capacity: number) {}

  /** The token's verification, if it is remembered and its exp has not come. */
  find(token: string, now: number): VerifiedToken | undefined {
    const entry = this.entries.get(token);
    if (!entry) return undefined;
    this.entries.delete(token);
    if (now >= entry.notAfter) return undefined;
    this.entries.set(token, entry);
    return entry;
  }

  remember(token: string, entry: VerifiedToken, now: number): void {
    if (this.capacity === 0 || now >= entry.notAfter) return;
    this.entries.delete(token);
    this.entries.set(token, entry);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }

  /** Forgets every token: the key set they were checked against is no longer the issuer's. */
  clear(): void {
    this.entries.clear();
  }
}
