/** The witness's published key set (a provider token). */
export const WITNESS_KEYS = Symbol('WITNESS_KEYS');
