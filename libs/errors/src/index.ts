export * from './domain-error';
export * from './stale-version.error';
export * from './domain-error.filter';
export * from './error-codes';
export * from './format-error';
export * from './safe-graphql-error';
export * from './database-unavailable';
export * from './error-catalogue';
