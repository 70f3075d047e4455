export * from './demo-records';
export * from './demo-citizen-names';
