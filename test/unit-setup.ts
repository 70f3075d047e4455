// Many unit tests run on a real database (migrations, imports, the access log's writer,
// consent lookups), on PGlite or PostgreSQL, which on a busy, shared 2-core machine outlive
// Jest's default 5 s. (Jest reads `testTimeout` only from the top of its configuration, not
// per project: hence a setup file.)
jest.setTimeout(60_000);
