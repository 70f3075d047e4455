/**
 * What the tools (migrations, demo data, seed, import) may use of the population subgraph; the
 * rest is its own. Lint holds tools to this file.
 */
export { POPULATION_ENTITIES, populationApp } from './population.app';
export { recordCitizenVersion } from './records/citizen-snapshot';
export { CITIZEN_COLUMNS, type CitizenColumn, type CitizenCsvRow } from './imports/citizen-columns';
export { CitizenBatchImport, importCitizenCsv } from './imports/import-citizens';
