export * from './domain-error';
export * from './domain-error.filter';
export * from './error-codes';
export * from './format-error';
export * from './safe-graphql-error';
export * from './validation.pipe';
export * from './text.validators';
export * from './calendar-date';
