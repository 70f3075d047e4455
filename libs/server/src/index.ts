export * from './bootstrap';
export * from './subgraph-graphql.options';
export * from './subgraph-health.controller';
export * from './subgraph.module';
