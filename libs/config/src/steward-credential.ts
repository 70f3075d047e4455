/** A steward's configured identity: which registry, and the SHA-256 of their secret. */
export interface StewardCredential {
  registry: string;
  stewardId: string;
  /** SHA-256 of the secret, hex. */
  secretSha256: string;
}

/** `registry:stewardId:sha256hex;…` → credentials; throws on a malformed entry (config validates). */
export function parseStewardCredentials(value: string): StewardCredential[] {
  const credentials = value
    .split(';')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const match = /^([a-z-]+):([A-Za-z0-9._-]{1,64}):([0-9a-f]{64})$/.exec(entry);
      if (!match) throw new Error('each entry must be registry:stewardId:sha256-of-secret');
      return { registry: match[1], stewardId: match[2], secretSha256: match[3] };
    });
  const ids = credentials.map((credential) => credential.stewardId);
  const repeated = ids.find((id, i) => ids.indexOf(id) !== i);
  if (repeated) throw new Error(`steward ${repeated} is listed twice; a steward id names one steward of one registry`);
  return credentials;
}
