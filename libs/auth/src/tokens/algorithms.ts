// One list of accepted algorithms for tokens and for the signed documents a browser checks.
export { ACCEPTED_ALGORITHMS, ED25519_ALGORITHMS, acceptingEd25519Aliases, algorithmsForKey } from '@app/log-proofs';
