import type { PrincipalKind } from '@app/config';

/** The registries a steward may curate. */
export const REGISTRIES = ['population', 'business'] as const;
export type Registry = (typeof REGISTRIES)[number];

interface PrincipalBase {
  kind: PrincipalKind;
  /** The token's `iss` and `jti`: which issuer vouched, and which token, for the access log. */
  issuer: string;
  tokenId: string;
}

/** An agency's system, reading for one purpose (OAuth client credentials). */
export interface AgencyPrincipal extends PrincipalBase {
  kind: 'agency';
  agencyCode: string;
  clientId: string;
  purpose: string;
  /** Data categories the token was issued for; agreements and consents still decide per read. */
  scopes: string[];
  /** Requests per minute the agency's agreements allow for this purpose; null: no limit stated. */
  requestsPerMinute: number | null;
  /** From X-Officer-Id and X-Case-Reference: who at the agency asked, and for which case. */
  officerId: string | null;
  caseReference: string | null;
}

/** A person, authenticated by the national identity provider. */
export interface CitizenPrincipal extends PrincipalBase {
  kind: 'citizen';
  personalIdNumber: string;
  /** Identity assurance level (1–3, as the identity provider states it). */
  assuranceLevel: number;
}

/** A data steward of one registry. */
export interface StewardPrincipal extends PrincipalBase {
  kind: 'steward';
  stewardId: string;
  registry: Registry;
}

/** A platform administrator (onboarding, agreements) or an auditor (the access log). */
export interface OperatorPrincipal extends PrincipalBase {
  kind: 'admin' | 'auditor';
  operatorId: string;
}

export type Principal = AgencyPrincipal | CitizenPrincipal | StewardPrincipal | OperatorPrincipal;

/** Who the principal is, in one short string for logs and records: `agency:BHXH/client-1`. */
export function describePrincipal(principal: Principal): string {
  switch (principal.kind) {
    case 'agency':
      return `agency:${principal.agencyCode}/${principal.clientId}`;
    case 'citizen':
      return `citizen:${principal.personalIdNumber}`;
    case 'steward':
      return `steward:${principal.registry}/${principal.stewardId}`;
    default:
      return `${principal.kind}:${principal.operatorId}`;
  }
}
