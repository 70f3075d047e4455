import { DEFAULT_BATCH, DEFAULT_WITNESS, parseVerifyLogArguments, UsageError } from './verify-log-arguments';

const ROOT = 'r'.repeat(43);

describe('parseVerifyLogArguments', () => {
  it('checks the whole log by default, with the gateway key set, DATABASE_URL and the witness', () => {
    expect(parseVerifyLogArguments([])).toEqual({
      mode: 'log',
      databaseUrl: undefined,
      jwks: undefined,
      batch: DEFAULT_BATCH,
      witness: DEFAULT_WITNESS,
      witnessJwks: `${DEFAULT_WITNESS}/.well-known/jwks.json`,
      anchor: null,
      record: true,
      by: undefined,
    });
    expect(
      parseVerifyLogArguments(['--database-url', 'postgres://db/x', '--jwks', 'keys.json', '--batch', '500']),
    ).toMatchObject({ mode: 'log', databaseUrl: 'postgres://db/x', jwks: 'keys.json', batch: 500 });
    expect(parseVerifyLogArguments(['-h'])).toEqual({ mode: 'help' });
  });

  it('takes the witness from the configuration, a flag, and its keys from a file', () => {
    expect(parseVerifyLogArguments([], { witness: 'https://witness.example/' })).toMatchObject({
      witness: 'https://witness.example',
      witnessJwks: 'https://witness.example/.well-known/jwks.json',
    });
    expect(
      parseVerifyLogArguments(['--witness', 'http://w:1', '--witness-jwks', 'w.json'], { witness: 'http://x' }),
    ).toMatchObject({ witness: 'http://w:1', witnessJwks: 'w.json' });
    expect(parseVerifyLogArguments(['--min-size', '300', '--root', ROOT])).toMatchObject({
      anchor: { size: 300, root: ROOT },
    });
  });

  it('records the run unless --no-record, as the OS user unless --by names someone', () => {
    expect(parseVerifyLogArguments(['--no-record'])).toMatchObject({ mode: 'log', record: false });
    expect(parseVerifyLogArguments(['--by', '  aud-chi '])).toMatchObject({ record: true, by: 'aud-chi' });
  });

  it('checks one entry with --entry, which needs no database', () => {
    expect(parseVerifyLogArguments(['--entry', 'entry.json'])).toEqual({
      mode: 'entry',
      entryFile: 'entry.json',
      jwks: undefined,
      witnessJwks: `${DEFAULT_WITNESS}/.well-known/jwks.json`,
    });
    expect(parseVerifyLogArguments(['--entry', '-', '--witness-jwks', 'w.json'])).toMatchObject({
      entryFile: '-',
      witnessJwks: 'w.json',
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
      [['--min-size', '3'], /--min-size and --root go together/],
      [['--min-size', '3.5', '--root', ROOT], /--min-size must be a whole number/],
      [['--min-size', '3', '--root', 'abc'], /--root must be a base64url/],
      [['--witness', 'ftp://w'], /--witness must be an http/],
      [['--entry', 'e.json', '--min-size', '3'], /--min-size does not apply to --entry/],
      [['--entry', 'e.json', '--no-record'], /--no-record does not apply to --entry: only a whole-log run is recorded/],
      [['--entry', 'e.json', '--by', 'x'], /--by does not apply to --entry/],
      [['--by', ' '], /--by must name who runs it/],
      [['--by', 'x'.repeat(129)], /--by must name who runs it/],
      [['--by', 'a\nb'], /--by must name who runs it/],
      [['--no-record', '--by', 'aud-chi'], /--by and --no-record/],
    ];
    for (const [args, message] of cases) {
      expect(() => parseVerifyLogArguments(args)).toThrow(UsageError);
      expect(() => parseVerifyLogArguments(args)).toThrow(message);
    }
  });
});
