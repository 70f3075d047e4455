import { createHash } from 'node:crypto';

const sha = (secret: string) => createHash('sha256').update(secret).digest('hex');

/** Authorization headers of the test stewards. */
export const ALICE = 'Steward st-alice:alice-secret-1';
export const BOB = 'Steward st-bob:bob-secret-2';
/** A steward of the business registry, not of the population registry. */
export const CAROL = 'Steward st-carol:carol-secret-3';

/** STEWARD_CREDENTIALS for a test graph: alice and bob steward population, carol business. */
export const STEWARD_CREDENTIALS = [
  `population:st-alice:${sha('alice-secret-1')}`,
  `population:st-bob:${sha('bob-secret-2')}`,
  `business:st-carol:${sha('carol-secret-3')}`,
].join(';');
