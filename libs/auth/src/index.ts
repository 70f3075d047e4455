export * from './auth.errors';
export * from './steward-credentials';
export * from './steward.guard';
