// The first PGlite start and four app processes take seconds, not milliseconds.
jest.setTimeout(90_000);
