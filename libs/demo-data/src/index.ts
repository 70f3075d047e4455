export * from './demo-records';
export * from './demo-citizen-names';
export * from './demo-work-items';
export * from './demo-staff';
