import { DEFAULT_BATCH, parseVerifyLogArguments, UsageError } from './verify-log-arguments';

describe('parseVerifyLogArguments', () => {
  it('checks the whole log by default, with the gateway key set and DATABASE_URL', () => {
    expect(parseVerifyLogArguments([])).toEqual({
      mode: 'log',
      databaseUrl: undefined,
      jwks: undefined,
      batch: DEFAULT_BATCH,
    });
    expect(
      parseVerifyLogArguments(['--database-url', 'postgres://db/x', '--jwks', 'keys.json', '--batch', '500']),
    ).toEqual({ mode: 'log', databaseUrl: 'postgres://db/x', jwks: 'keys.json', batch: 500 });
    expect(parseVerifyLogArguments(['-h'])).toEqual({ mode: 'help' });
  });

  it('checks one entry with --entry, which needs no database', () => {
    expect(parseVerifyLogArguments(['--entry', 'entry.json'])).toEqual({
      mode: 'entry',
      entryFile: 'entry.json',
      jwks: undefined,
    });
    expect(() => parseVerifyLogArguments(['--entry', 'e.json', '--database-url', 'postgres://db/x'])).toThrow(
      '--database-url does not apply to --entry',
    );
  });

  it('refuses what it cannot run, saying what to change', () => {
    const cases: [string[], RegExp][] = [
      [['--database-url', 'mysql://db/x'], /postgres:\/\//],
      [['--batch', '0'], /--batch/],
      [['--batch', '1e3'], /--batch/],
      [['--bogus'], /Unknown option '--bogus'/],
      [['stray'], /Unexpected argument 'stray'/],
    ];
    for (const [args, message] of cases) {
      expect(() => parseVerifyLogArguments(args)).toThrow(UsageError);
      expect(() => parseVerifyLogArguments(args)).toThrow(message);
    }
  });
});
