// Argument and text validation for every app: the validation pipe, the coded rules (a rule
// whose name is the error code), registry text, dates and times.
export * from './argument-rules';
export * from './calendar-date';
export * from './coded-rule';
export * from './date-time';
export * from './date-time.scalar';
export * from './text.validators';
export * from './validation.pipe';
