export * from './merkle-frontier';
export * from './merkle-hash';
export * from './subtree-source';
