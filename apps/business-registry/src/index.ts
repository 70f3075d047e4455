/**
 * What the tools (migrations, demo data, seed, import) may use of the business-registry
 * subgraph; the rest is its own. Lint holds tools to this file.
 */
export { BUSINESS_ENTITIES, businessRegistryApp } from './business-registry.app';
export { recordEnterpriseVersion } from './enterprises/enterprise-snapshot';
export type { EnterpriseType } from './enterprises/enterprise.entity';
export {
  ENTERPRISE_COLUMNS,
  joinList,
  splitList,
  type EnterpriseColumn,
  type EnterpriseCsvRow,
} from './imports/enterprise-columns';
export { EnterpriseBatchImport, importEnterpriseCsv } from './imports/import-enterprises';
