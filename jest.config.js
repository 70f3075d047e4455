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
  ...shared,
  // Every test's scratch folders land in a temp folder of the run's own, removed at the end;
  // the run fails, naming them, when a test left any behind.
  globalSetup: '<rootDir>/tools/graph/scratch-temp.global-setup.ts',
  globalTeardown: '<rootDir>/tools/graph/scratch-temp.global-teardown.ts',
  projects: [
    {
      ...shared,
      displayName: 'unit',
      rootDir: '.',
      // The time budget of each test and hook (test/unit-setup.ts).
      setupFilesAfterEnv: ['<rootDir>/test/unit-setup.ts'],
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
