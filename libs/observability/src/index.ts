export * from './context-logger';
export * from './request-context';
export * from './request-id.middleware';
