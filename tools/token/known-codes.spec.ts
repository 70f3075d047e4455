import { checkKnownCodes, knownCodes, type KnownCodes } from './known-codes';
import { parseTokenArguments, UsageError, type TokenRequest } from './token-arguments';

const KNOWN: KnownCodes = {
  agencies: ['BTC-CT', 'BHXH', 'DEMO-BANK'],
  purposes: ['TAX_ADMINISTRATION', 'ACCOUNT_OPENING_KYC'],
  source: 'the demo data',
};

function claimsOf(args: string[]) {
  const request: TokenRequest = parseTokenArguments(args);
  if (request.help) throw new Error('not a token request');
  return request.claims;
}

describe('the development token tool and the registry’s agencies and purposes', () => {
  it('mints for a known agency and purpose, and for callers that name neither', () => {
    expect(() =>
      checkKnownCodes(claimsOf(['agency', 'BTC-CT', '--purpose', 'TAX_ADMINISTRATION']), KNOWN),
    ).not.toThrow();
    expect(() => checkKnownCodes(claimsOf(['citizen', '001085012345']), KNOWN)).not.toThrow();
    expect(() => checkKnownCodes(claimsOf(['admin']), KNOWN)).not.toThrow();
  });

  it('refuses an unknown agency, listing the valid ones and where they come from', () => {
    const claims = claimsOf(['agency', 'NO-SUCH', '--purpose', 'TAX_ADMINISTRATION']);
    expect(() => checkKnownCodes(claims, KNOWN)).toThrow(UsageError);
    expect(() => checkKnownCodes(claims, KNOWN)).toThrow(
      'unknown agency NO-SUCH; agencies in the demo data: BHXH, BTC-CT, DEMO-BANK',
    );
  });

  it('refuses an unknown purpose, listing the valid ones', () => {
    const claims = claimsOf(['agency', 'BTC-CT', '--purpose', 'TAX_ADMINISTRATON']);
    expect(() => checkKnownCodes(claims, KNOWN)).toThrow(
      'unknown purpose TAX_ADMINISTRATON; purposes in the demo data: ACCOUNT_OPENING_KYC, TAX_ADMINISTRATION',
    );
  });

  it('falls back to the demo data when no graph answers', async () => {
    const known = await knownCodes('http://127.0.0.1:9'); // the discard port: nothing listens
    expect(known.source).toMatch(/^the demo data \(the graph at http:\/\/127\.0\.0\.1:9 did not answer/);
    expect(known.agencies).toEqual(expect.arrayContaining(['BTC-CT', 'DEMO-BANK']));
    expect(known.purposes).toEqual(expect.arrayContaining(['TAX_ADMINISTRATION', 'ACCOUNT_OPENING_KYC']));
  });
});
