export * from './enterprise-code';
export * from './identifier.validators';
export * from './personal-id-number';
export * from './reference/ethnic-groups';
export * from './reference/legacy-provinces';
export * from './reference/provinces-2025';
export * from './reference/vsic-sections';
export * from './vietnamese-text';
