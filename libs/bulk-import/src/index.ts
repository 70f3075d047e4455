export * from './batch-import';
export * from './csv';
export * from './rejects-file';
