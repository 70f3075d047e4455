/** The kinds of caller a token can name. */
export const PRINCIPAL_KINDS = ['agency', 'citizen', 'steward', 'admin', 'auditor'] as const;
export type PrincipalKind = (typeof PRINCIPAL_KINDS)[number];

/**
 * An issuer whose tokens the apps accept, where its public keys are published, and which
 * kinds of caller it may vouch for: the registry's own token endpoint speaks for agencies
 * only, a national identity provider for citizens only.
 */
export interface TrustedIssuer {
  issuer: string;
  jwksUrl: string;
  kinds: PrincipalKind[];
}

/** `issuer kind,kind jwks-url;…` → issuers; throws on a malformed entry (config validates). */
export function parseTrustedIssuers(value: string): TrustedIssuer[] {
  return value
    .split(';')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const [issuer, kindList, jwksUrl, ...rest] = entry.split(/\s+/);
      if (!issuer || !kindList || !jwksUrl || rest.length > 0) {
        throw new Error('each entry must be "issuer kind[,kind…] jwks-url"');
      }
      const kinds = kindList.split(',');
      const unknown = kinds.find((kind) => !(PRINCIPAL_KINDS as readonly string[]).includes(kind));
      if (unknown) throw new Error(`${unknown} is not a caller kind (${PRINCIPAL_KINDS.join(', ')})`);
      const url = new URL(jwksUrl);
      if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`${jwksUrl} is not an http(s) URL`);
      return { issuer, jwksUrl, kinds: kinds as PrincipalKind[] };
    });
}
