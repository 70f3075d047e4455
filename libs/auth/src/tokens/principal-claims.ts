import { PRINCIPAL_KINDS, type PrincipalKind } from '@app/config';
import type { JWTPayload } from 'jose';
import { REGISTRIES, type Principal, type Registry } from '../principal';

/** Agency codes as the exchange registers them, e.g. BHXH, BTC-CT-HN. */
export const AGENCY_CODE_PATTERN = /^[A-Z0-9][A-Z0-9-]{1,31}$/;
/** Purpose codes of the purpose catalogue, e.g. SOCIAL_INSURANCE_ENROLMENT. */
export const PURPOSE_CODE_PATTERN = /^[A-Z][A-Z0-9_]{1,63}$/;
/** Data categories, e.g. population.residence. */
export const CATEGORY_PATTERN = /^[a-z]+\.[a-z_]+$/;
const ID_PATTERN = /^[A-Za-z0-9._:@-]{1,128}$/;

/**
 * What a token says beyond the registered claims, per kind of caller:
 * - agency: `sub` client id, `agency`, `purpose`, `scope` (space-separated categories), `rpm`;
 * - citizen: `sub` personal ID number, `acr` assurance level;
 * - steward: `sub` steward id, `registry`;
 * - admin, auditor: `sub` operator id.
 */
export type PrincipalClaims =
  | { kind: 'agency'; sub: string; agency: string; purpose: string; scope: string; rpm?: number }
  | { kind: 'citizen'; sub: string; acr: string }
  | { kind: 'steward'; sub: string; registry: Registry }
  | { kind: 'admin' | 'auditor'; sub: string };

/** Why a verified token still does not name a caller. */
export class ClaimsError extends Error {}

/**
 * The principal a verified token's claims describe. Every claim is checked for shape: a
 * signature proves who wrote the token, not that they wrote it well.
 *
 * `impliedKind`: the one kind the token's issuer may vouch for, when that is the only kind. A
 * national identity provider knows nothing of our kinds, so its tokens carry no `kind` claim;
 * from an issuer trusted for citizens alone, such a token can only be a citizen's. A token
 * that names a kind is read by that kind, and refused by the caller if the issuer may not
 * vouch for it.
 */
export function principalFromClaims(payload: JWTPayload, impliedKind?: PrincipalKind): Principal {
  const kind = payload.kind === undefined ? impliedKind : payload.kind;
  if (typeof kind !== 'string' || !(PRINCIPAL_KINDS as readonly string[]).includes(kind)) {
    throw new ClaimsError(`the kind claim must be one of ${PRINCIPAL_KINDS.join(', ')}`);
  }
  const base = { issuer: payload.iss!, tokenId: payload.jti! };
  const sub = payload.sub!;
  switch (kind as PrincipalKind) {
    case 'agency': {
      const agency = text(payload.agency, 'agency', AGENCY_CODE_PATTERN);
      const purpose = text(payload.purpose, 'purpose', PURPOSE_CODE_PATTERN);
      const scopes = text(payload.scope ?? '', 'scope', /^[a-z_. ]*$/)
        .split(' ')
        .filter(Boolean);
      if (scopes.some((scope) => !CATEGORY_PATTERN.test(scope))) throw new ClaimsError('scope names no category');
      const rpm = payload.rpm;
      if (rpm !== undefined && (!Number.isInteger(rpm) || (rpm as number) < 1)) {
        throw new ClaimsError('rpm must be a positive integer');
      }
      return {
        ...base,
        kind: 'agency',
        agencyCode: agency,
        clientId: text(sub, 'sub', ID_PATTERN),
        purpose,
        scopes,
        requestsPerMinute: (rpm as number | undefined) ?? null,
        officerId: null,
        caseReference: null,
      };
    }
    case 'citizen': {
      const assuranceLevel = Number(text(payload.acr, 'acr', /^[1-3]$/));
      return { ...base, kind: 'citizen', personalIdNumber: text(sub, 'sub', /^\d{12}$/), assuranceLevel };
    }
    case 'steward': {
      const registry = text(payload.registry, 'registry', /^[a-z]+$/);
      if (!(REGISTRIES as readonly string[]).includes(registry)) throw new ClaimsError('registry names no registry');
      return { ...base, kind: 'steward', stewardId: text(sub, 'sub', ID_PATTERN), registry: registry as Registry };
    }
    default:
      return { ...base, kind: kind as 'admin' | 'auditor', operatorId: text(sub, 'sub', ID_PATTERN) };
  }
}

function text(value: unknown, claim: string, pattern: RegExp): string {
  if (typeof value !== 'string' || !pattern.test(value))
    throw new ClaimsError(`the ${claim} claim is missing or malformed`);
  return value;
}
