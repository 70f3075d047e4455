export * from './connection-errors';
export * from './data-source-options';
export * from './database-health';
export * from './database.module';
export * from './embedded/data-dir-lock';
export * from './embedded/embedded-postgres-server';
export * from './schema-changes';
export * from './snake-naming.strategy';
