// One run, two kinds of test: unit tests beside the code (*.spec.ts), and end-to-end tests
// in test/ (*.e2e-spec.ts) that start the compiled apps as processes: `npm test` builds first.
const shared = {
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'js', 'json'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] },
  moduleNameMapper: { '^@app/([a-z-]+)$': '<rootDir>/libs/$1/src/index.ts' },
};

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    {
      ...shared,
      displayName: 'unit',
      rootDir: '.',
      // Some unit tests run against a real database (imports, the access log's writer, consent
      // lookups); on a shared, loaded machine they outlive Jest's default 5 s.
      testTimeout: 30_000,
      testMatch: ['<rootDir>/apps/**/*.spec.ts', '<rootDir>/libs/**/*.spec.ts', '<rootDir>/tools/**/*.spec.ts'],
    },
    {
      ...shared,
      displayName: 'e2e',
      rootDir: '.',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      setupFilesAfterEnv: ['<rootDir>/test/e2e-setup.ts'],
    },
  ],
};
