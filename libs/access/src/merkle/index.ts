export * from './merkle-frontier';
export * from './merkle-hash';
export * from './merkle-proofs';
export * from './merkle-verify';
export * from './subtree-source';
