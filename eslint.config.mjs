// @ts-check
import { builtinModules } from 'node:module';
import { readdirSync } from 'node:fs';
import eslint from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** The apps (one folder each under apps/), for the boundaries below. */
const APPS = readdirSync(new URL('./apps', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/**
 * Who may import whom (issue 13): a lib never imports an app, a tool or the tests; an app never
 * imports another app, a tool or the tests; a tool uses an app only through its src/index.ts. Checked on relative paths, as resolved; the `@app/*`
 * libs are for everyone. Tests and specs stand above everything and are not bound.
 */
const BOUNDARIES = [
  {
    target: './libs',
    from: ['./apps', './tools', './test', './bench'],
    message: 'A lib is used by apps and tools, never the other way round: move what it needs into a lib.',
  },
  ...APPS.map((app) => ({
    target: ['./tools', './bench'],
    from: `./apps/${app}`,
    except: ['./src/index.ts'],
    message: `The tools use an app through what its apps/${app}/src/index.ts exports, never its internals.`,
  })),
  ...APPS.map((app) => ({
    target: `./apps/${app}`,
    from: [...APPS.filter((other) => other !== app).map((other) => `./apps/${other}`), './tools', './test', './bench'],
    message:
      'An app reaches another app over the network (GraphQL, its key sets), never by import; shared code goes into a lib.',
  })),
];

/** Settings come from @app/config alone: everywhere but there and in tests. */
const NO_PROCESS_ENV = {
  selector: "MemberExpression[object.name='process'][property.name='env']",
  message: 'Read settings through @app/config (loadConfig).',
};

/**
 * Whose tables a part of the code may name in SQL (issue 13): each context its own schema, the
 * access core (libs/access) the `access` schema, and only it, so that each context can move to a
 * database of its own. Caught where a statement names a table (FROM, JOIN, INTO, UPDATE, TABLE
 * and their like) in a string or a template; the exchange manages the core's tables and shares
 * its database, so it may name them too.
 */
const SCHEMAS = ['population', 'business', 'exchange', 'access', 'reference'];
const TABLE_OWNERS = [
  { files: ['apps/population/src/**/*.ts'], own: ['population', 'reference'] },
  { files: ['apps/business-registry/src/**/*.ts'], own: ['business', 'reference'] },
  { files: ['apps/exchange/src/**/*.ts'], own: ['exchange', 'access'] },
  { files: ['apps/gateway/src/**/*.ts', 'apps/web/src/**/*.ts', 'apps/witness/src/**/*.ts'], own: [] },
  { files: ['libs/*/src/**/*.ts'], ignores: ['libs/access/src/**'], own: [] },
];
const tableRules = TABLE_OWNERS.map(({ files, ignores = [], own }) => {
  const others = SCHEMAS.filter((schema) => !own.includes(schema)).join('|');
  const naming = `/\\b(FROM|JOIN|INTO|UPDATE|TABLE|TRUNCATE|REFERENCES|ON)\\s+"?(${others})"?\\.[a-z_"]+/i`;
  const message = `These tables are another context's (${others}): reach them through that context's API, or the access core (@app/access).`;
  return {
    files,
    ignores: [...ignores, '**/*.spec.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        NO_PROCESS_ENV,
        { selector: `Literal[value=${naming}]`, message },
        { selector: `TemplateElement[value.raw=${naming}]`, message },
      ],
    },
  };
});

/** The access core's tables, as TypeORM maps them: for the core itself and the exchange that manages them. */
const CORE_TABLE_ENTITIES = [
  ...['Agency', 'AgencySystem', 'Purpose', 'Agreement', 'AgreementDailyRecords', 'Consent'],
  ...['AccessRecord', 'AccessLogHead', 'LogSubtree', 'LogCheckpoint'],
].map((name) => `${name}Entity`);
/** What every app may not import, whatever else it may: the GraphQL date scalar that accepts impossible dates. */
const NO_LAX_DATE_SCALAR = {
  name: '@nestjs/graphql',
  importNames: ['GraphQLISODateTime'],
  message: 'Use DateTimeScalar from @app/validation: it refuses impossible dates (INVALID_DATE).',
};
const coreTablesRule = {
  files: APPS.filter((app) => app !== 'exchange').map((app) => `apps/${app}/src/**/*.ts`),
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: [
          NO_LAX_DATE_SCALAR,
          {
            name: '@app/access',
            importNames: [...CORE_TABLE_ENTITIES, 'ACCESS_ENTITIES', 'ACCESS_LOG_ENTITIES'],
            message:
              "The access core's tables are the core's and the exchange's: decide and record through @app/access's services (PolicyEngine, AccessLogWriter, subjectAccessLog).",
          },
        ],
      },
    ],
  },
};

/**
 * The population subgraph's features: each uses another only through that feature's index.ts
 * (records/index.ts is what the others need of the records), never its internals.
 */
const POPULATION_FEATURES = readdirSync(new URL('./apps/population/src', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
BOUNDARIES.push(
  ...POPULATION_FEATURES.map((feature) => ({
    target: `./apps/population/src/${feature}`,
    from: POPULATION_FEATURES.filter((other) => other !== feature).map((other) => `./apps/population/src/${other}`),
    except: ['./index.ts'],
    message: `A population feature uses another only through its index.ts (apps/population/src/<feature>/index.ts).`,
  })),
);

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'coverage/**', '*.config.js', '*.config.mjs'] },
  eslint.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
      // Nest's decorators and DI need classes whose types are imported as values.
      '@typescript-eslint/consistent-type-imports': 'off',
      'no-restricted-imports': ['error', { paths: [NO_LAX_DATE_SCALAR] }],
      'no-restricted-syntax': ['error', NO_PROCESS_ENV],
    },
  },
  ...tableRules,
  coreTablesRule,
  {
    // Tests set up their processes' environment; so does the test run's own temp folder.
    files: [
      'libs/config/**/*.ts',
      '**/*.spec.ts',
      '**/*.e2e-spec.ts',
      'test/support/**/*.ts',
      'test/browser/support/**/*.ts',
      'tools/graph/scratch-temp*.ts',
      'apps/web/client/vite.config.mts',
    ],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['**/*.spec.ts', '**/*.e2e-spec.ts', 'test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // Response bodies are JSON of known shape; the assertions are the type check.
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    // @app/log-proofs runs unchanged in the portal's pages: no Node built-ins, no Buffer, no
    // process (its tests may use Node to make their fixtures).
    files: ['libs/log-proofs/src/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*'], message: 'This lib runs in browsers: use WebCrypto (globalThis.crypto.subtle).' },
            {
              group: [...builtinModules, '@app/*', '!@app/log-proofs'],
              message: 'This lib runs in browsers: no Node built-ins, and no lib that pulls them in.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'Buffer', message: 'This lib runs in browsers: use Uint8Array and its own base64url (bytes.ts).' },
        { name: 'process', message: 'This lib runs in browsers: there is no process.' },
        { name: 'require', message: 'This lib runs in browsers: import what it needs.' },
      ],
    },
  },
  {
    files: ['**/*.{ts,tsx,mts}'],
    ignores: ['**/*.spec.ts', '**/*.e2e-spec.ts', 'test/**'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })] },
    rules: { 'import-x/no-restricted-paths': ['error', { basePath: import.meta.dirname, zones: BOUNDARIES }] },
  },
  {
    // A lib's own tests stay inside it too: what they need of a database, a lib gives them
    // (libs/database openDatabaseWith, libs/access/test), never the tools or the test graph.
    files: ['libs/**/*.spec.ts', 'libs/*/test/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })] },
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        { basePath: import.meta.dirname, zones: BOUNDARIES.filter((zone) => zone.target === './libs') },
      ],
    },
  },
  {
    // The portal's pages: hooks called in the same order on every render, effects naming what they read.
    files: ['apps/web/client/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
);
