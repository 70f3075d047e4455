export * from './bootstrap';
export * from './subgraph-graphql.options';
export * from './subgraph-health.controller';
export * from './subgraph.module';
export * from './protection/graphql-protection';
export * from './protection/query-limit.error';
export * from './protection/schema-token';
export * from './selected-fields';
