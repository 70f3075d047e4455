import { DATA_CATEGORY_CODES } from '@app/access';
import { parseTokenArguments, tokenLifetime, UsageError } from './token-arguments';

const parse = (line: string) => parseTokenArguments(line.split(' ').filter(Boolean));
const claimsOf = (line: string) => {
  const request = parse(line);
  if (request.help) throw new Error('expected claims');
  return request.claims;
};
const refusal = (line: string) => {
  try {
    parse(line);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error(`${line}: no UsageError`);
};

describe('npm run token: arguments', () => {
  it('--help (or -h) asks for the usage, whatever else is given', () => {
    expect(parse('--help')).toEqual({ help: true });
    expect(parse('agency -h')).toEqual({ help: true });
  });

  it('citizen: a valid personal ID number, assurance level 2 unless --acr says otherwise', () => {
    expect(claimsOf('citizen 001085012345')).toEqual({ kind: 'citizen', sub: '001085012345', acr: '2' });
    expect(claimsOf('citizen 001085012345 --acr 3')).toEqual({ kind: 'citizen', sub: '001085012345', acr: '3' });
    expect(refusal('citizen')).toMatch(/one personal ID number/);
    expect(refusal('citizen 12345')).toMatch(/12345 is not a personal ID number \(12 digits\)/);
    expect(refusal('citizen 999085012345')).toMatch(/999 is no birth registration code/);
    expect(refusal('citizen 001085012345 --acr 4')).toMatch(/--acr must be 1, 2 or 3/);
    expect(refusal('citizen 001085012345 079190004321')).toMatch(/unexpected arguments: 079190004321/);
  });

  it('steward: of the population or the business registry, id st-dev unless --id', () => {
    expect(claimsOf('steward population')).toEqual({ kind: 'steward', sub: 'st-dev', registry: 'population' });
    expect(claimsOf('steward business --id st-carol')).toEqual({
      kind: 'steward',
      sub: 'st-carol',
      registry: 'business',
    });
    expect(refusal('steward')).toMatch(/needs a registry/);
    expect(refusal('steward exchange')).toMatch(/exchange is not a registry/);
    expect(refusal('steward population --id a/b')).toMatch(/--id a\/b is not an id/);
  });

  it('admin and auditor: an operator id, with a default', () => {
    expect(claimsOf('admin')).toEqual({ kind: 'admin', sub: 'admin-dev' });
    expect(claimsOf('auditor --id au-1')).toEqual({ kind: 'auditor', sub: 'au-1' });
    expect(refusal('admin population')).toMatch(/admin takes no arguments/);
  });

  it('agency: code and purpose; client <code>-demo and every category unless given', () => {
    expect(claimsOf('agency BHXH --purpose SOCIAL_INSURANCE_ENROLMENT')).toEqual({
      kind: 'agency',
      sub: 'bhxh-demo',
      agency: 'BHXH',
      purpose: 'SOCIAL_INSURANCE_ENROLMENT',
      scope: DATA_CATEGORY_CODES.join(' '),
    });
    expect(DATA_CATEGORY_CODES).toEqual([
      'population.identity',
      'population.health',
      'population.residence',
      'population.family',
      'population.contact',
      'population.vital',
      'population.record',
      'business.profile',
      'business.owners',
      'business.representatives',
      'business.record',
    ]);
    expect(
      parseTokenArguments([
        'agency',
        'BTC-CT-HN',
        '--purpose',
        'TAX_ASSESSMENT',
        '--client',
        'tax-portal',
        '--scope',
        'population.identity  population.residence',
      ]),
    ).toEqual({
      help: false,
      ttlSeconds: undefined,
      claims: {
        kind: 'agency',
        sub: 'tax-portal',
        agency: 'BTC-CT-HN',
        purpose: 'TAX_ASSESSMENT',
        scope: 'population.identity population.residence',
      },
    });
  });

  it('agency: refuses what no verifier would accept, saying which argument', () => {
    expect(refusal('agency')).toMatch(/needs an agency code/);
    expect(refusal('agency BHXH')).toMatch(/needs --purpose/);
    expect(refusal('agency bhxh --purpose ENROLMENT')).toMatch(/bhxh is not an agency code/);
    expect(refusal('agency BHXH --purpose enrolment')).toMatch(/--purpose enrolment is not a purpose code/);
    expect(refusal('agency BHXH --purpose ENROLMENT --scope population.genome')).toMatch(
      /not a data category: population.genome/,
    );
    expect(refusal('agency BHXH --purpose ENROLMENT --client a,b')).toMatch(/--client a,b is not an id/);
    expect(() => parseTokenArguments(['agency', 'BHXH', '--purpose', 'ENROLMENT', '--scope', ' '])).toThrow(
      /--scope names no category/,
    );
  });

  it('refuses unknown kinds, unknown options and options of another kind', () => {
    expect(refusal('')).toMatch(/name the kind of caller/);
    expect(refusal('robot')).toMatch(/robot is not a kind of caller/);
    expect(refusal('admin --bogus')).toMatch(/Unknown option '--bogus'/);
    expect(refusal('steward population --acr 3')).toMatch(/--acr does not apply to steward tokens/);
    expect(refusal('citizen 001085012345 --purpose X')).toMatch(/--purpose does not apply to citizen tokens/);
    expect(refusal('admin --scope population.identity')).toMatch(/--scope does not apply to admin tokens/);
  });

  it('--ttl: whole seconds, any kind', () => {
    expect(parse('admin --ttl 60')).toMatchObject({ ttlSeconds: 60 });
    expect(parse('citizen 001085012345 --ttl 900')).toMatchObject({ ttlSeconds: 900 });
    expect(parse('admin')).toMatchObject({ ttlSeconds: undefined });
    for (const bad of ['0', '-5', '1.5', '1h', '']) {
      expect(() => parseTokenArguments(['admin', `--ttl=${bad}`])).toThrow(/--ttl must be a whole number/);
    }
  });
});

describe('npm run token: lifetime', () => {
  it('defaults to an hour, or the configured maximum when that is shorter', () => {
    expect(tokenLifetime(undefined, 3600)).toBe(3600);
    expect(tokenLifetime(undefined, 86_400)).toBe(3600);
    expect(tokenLifetime(undefined, 600)).toBe(600);
  });

  it('refuses a --ttl longer than MAX_TOKEN_LIFETIME_SECONDS: no app would accept the token', () => {
    expect(tokenLifetime(600, 600)).toBe(600);
    expect(() => tokenLifetime(601, 600)).toThrow(/--ttl 601 is longer than MAX_TOKEN_LIFETIME_SECONDS \(600\)/);
  });
});
