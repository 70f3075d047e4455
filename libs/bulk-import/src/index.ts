export * from './batch-import';
export * from './csv';
export * from './rejects-file';
export * from './rejects-text';
