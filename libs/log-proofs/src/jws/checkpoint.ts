import type { JSONWebKeySet, JWTPayload } from 'jose';
import { decodeHash } from '../merkle-hash';
import {
  CHECKPOINT_JWS_TYPE,
  signedStatementVerifier,
  treeClaimsProblem,
  type SignedVerdict,
} from './signed-statement';

/** What a checkpoint's JWS says (typ `log-checkpoint+jwt`). */
export interface CheckpointStatement {
  iss: string;
  /** Records 0..size-1 are covered. */
  size: number;
  /** RFC 6962 Merkle tree head over their leaf hashes, base64url. */
  root: string;
  /** The chain hash of record size-1, base64url. */
  chainHash: string;
  iat: number;
}

/** A checkpoint whose signature and claims hold, or why not. */
export type CheckpointVerdict = SignedVerdict<CheckpointStatement>;

/**
 * A verifier of checkpoint JWSs that trusts only `jwks` (the registry's published key set):
 * the algorithm is EdDSA or ES256, the key is found by `kid`, `typ` is log-checkpoint+jwt,
 * and the claims are a well-formed statement. It refuses rather than throws.
 */
export function checkpointVerifier(jwks: JSONWebKeySet): (jws: string) => Promise<CheckpointVerdict> {
  return signedStatementVerifier<CheckpointStatement>(jwks, CHECKPOINT_JWS_TYPE, statementProblem);
}

function statementProblem(claims: JWTPayload): string | null {
  const problem = treeClaimsProblem(claims);
  if (problem) return problem;
  return decodeHash(claims.chainHash) ? null : 'the signed chainHash is not a base64url hash';
}
