export * from './app-config';
export * from './config.errors';
export * from './config.module';
export * from './query-limits';
export * from './trusted-issuer';
export * from './local-url';
export * from './web-config';
export * from './secret-key-file';
