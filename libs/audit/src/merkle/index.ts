export * from './merkle-hash';
export * from './subtree-source';
