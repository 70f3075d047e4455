export * from './cursor-codec';
export * from './cursor-key';
export * from './cursor-kinds';
export * from './is-cursor';
export * from './pagination.module';
export * from './page';
