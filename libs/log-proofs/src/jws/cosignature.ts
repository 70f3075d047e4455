import type { JSONWebKeySet, JWTPayload } from 'jose';
import { signedStatementVerifier, treeClaimsProblem, type SignatureCode } from './signed-statement';

/** The JWS `typ` of a witness's cosignature: neither a checkpoint nor a token passes for one. */
export const COSIGNATURE_JWS_TYPE = 'log-cosignature+jwt';

/**
 * What a witness signs when it cosigns a checkpoint (typ `log-cosignature+jwt`): that it has
 * seen the registry's log at this size with this root, and that every tree it cosigned before
 * is a prefix of it (it checked a consistency proof). The registry cannot make one.
 */
export interface CosignatureStatement {
  /** The witness. */
  iss: string;
  /** The log's issuer: the registry that signed the checkpoint. */
  origin: string;
  size: number;
  /** Merkle root, base64url: the same as the checkpoint's. */
  root: string;
  iat: number;
}

/** Why a checkpoint's cosignature is refused: a signature code of its JWS, or one of these. */
export type CosignatureCode =
  | SignatureCode
  /** The checkpoint carries none. */
  | 'COSIGNATURE_MISSING'
  /** A valid cosignature of another size or root: lifted from another checkpoint. */
  | 'COSIGNATURE_MISMATCH'
  /** A valid cosignature of another registry's log. */
  | 'COSIGNATURE_OTHER_LOG';

export type CosignatureVerdict =
  { ok: true; statement: CosignatureStatement } | { ok: false; code: CosignatureCode; reason: string };

/** A verifier of cosignature JWSs that trusts only `jwks` (the witness's published key set). */
export function cosignatureVerifier(jwks: JSONWebKeySet): (jws: string) => Promise<CosignatureVerdict> {
  return signedStatementVerifier<CosignatureStatement>(jwks, COSIGNATURE_JWS_TYPE, cosignatureProblem);
}

/**
 * Checks that `cosignature` is the witness's, over exactly this checkpoint's size and root.
 * A cosignature lifted from another checkpoint, or made with another key, is refused.
 */
export async function verifyCosignatureOf(
  checkpoint: { size: number; root: string; iss?: string },
  cosignature: unknown,
  verify: (jws: string) => Promise<CosignatureVerdict>,
): Promise<CosignatureVerdict> {
  if (typeof cosignature !== 'string' || cosignature === '') {
    return { ok: false, code: 'COSIGNATURE_MISSING', reason: 'it carries no cosignature of the witness' };
  }
  const verdict = await verify(cosignature);
  if (!verdict.ok) {
    return {
      ok: false,
      code: verdict.code,
      reason: `its cosignature does not verify with the witness's keys: ${verdict.reason}`,
    };
  }
  const { statement } = verdict;
  if (statement.size !== checkpoint.size || statement.root !== checkpoint.root) {
    return {
      ok: false,
      code: 'COSIGNATURE_MISMATCH',
      reason: `its cosignature is over size ${statement.size} and another root: the witness never cosigned this checkpoint`,
    };
  }
  if (checkpoint.iss !== undefined && statement.origin !== checkpoint.iss) {
    return {
      ok: false,
      code: 'COSIGNATURE_OTHER_LOG',
      reason: `its cosignature is of another log (${statement.origin})`,
    };
  }
  return verdict;
}

function cosignatureProblem(claims: JWTPayload): string | null {
  const problem = treeClaimsProblem(claims);
  if (problem) return problem;
  return typeof claims.origin === 'string' && claims.origin !== '' ? null : 'the signed origin is not a name';
}
