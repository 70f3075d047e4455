// Each end-to-end file starts a database, migrations, demo data and four app processes before
// its first test: on a busy, shared 2-core machine that takes a minute and more. (Jest reads
// `testTimeout` only from the top of its configuration, not per project: hence a setup file.)
jest.setTimeout(180_000);
