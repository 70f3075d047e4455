import { readFile } from 'node:fs/promises';
import type { JSONWebKeySet } from 'jose';
import { checkpointVerifier, type CheckpointVerdict } from '@app/access';

/** How long the registry's key set is used before it is read again (a rotation shows within this). */
const REFRESH_MS = 60_000;

/**
 * The registry's public keys, from a file or a URL (WITNESS_REGISTRY_JWKS), read when first
 * needed and again after a minute, or at once when a checkpoint names a key it lacks.
 */
export class RegistryKeySet {
  private cached: { at: number; verify: (jws: string) => Promise<CheckpointVerdict> } | null = null;

  constructor(private readonly location: string) {}

  /** Verifies a checkpoint JWS; a key set that cannot be read is a refusal, not a crash. */
  async verify(jws: string): Promise<CheckpointVerdict> {
    let verify: (jws: string) => Promise<CheckpointVerdict>;
    try {
      verify = await this.verifier(false);
    } catch (error) {
      return {
        ok: false,
        code: 'KEY_SET_INVALID',
        reason: `the registry's key set cannot be read: ${(error as Error).message}`,
      };
    }
    const verdict = await verify(jws);
    if (verdict.ok || verdict.code !== 'KEY_NOT_FOUND') return verdict;
    try {
      return await (
        await this.verifier(true)
      )(jws);
    } catch {
      return verdict;
    }
  }

  private async verifier(fresh: boolean): Promise<(jws: string) => Promise<CheckpointVerdict>> {
    if (!fresh && this.cached && Date.now() - this.cached.at < REFRESH_MS) return this.cached.verify;
    const verify = checkpointVerifier(await this.read());
    this.cached = { at: Date.now(), verify };
    return verify;
  }

  private async read(): Promise<JSONWebKeySet> {
    let text: string;
    if (/^https?:\/\//.test(this.location)) {
      const response = await fetch(this.location, { signal: AbortSignal.timeout(5_000) });
      if (!response.ok) throw new Error(`HTTP ${response.status} from ${this.location}`);
      text = await response.text();
    } else {
      text = await readFile(this.location, 'utf8');
    }
    const parsed = JSON.parse(text) as JSONWebKeySet;
    if (!Array.isArray(parsed?.keys)) throw new Error(`${this.location} is no JWK set`);
    return parsed;
  }
}
