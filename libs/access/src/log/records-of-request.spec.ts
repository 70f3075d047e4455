import type { AgencyPrincipal } from '@app/auth';
import { RequestAccess, type AccessBasis } from '../policy';
import { recordsOfRequest } from './records-of-request';

const police: AgencyPrincipal = {
  kind: 'agency',
  issuer: 'test',
  tokenId: 't1',
  agencyCode: 'BCA-C06',
  clientId: 'bca-c06-demo',
  purpose: 'CRIMINAL_INVESTIGATION',
  scopes: ['population.identity', 'population.residence'],
  requestsPerMinute: null,
  officerId: 'CB-01',
  caseReference: 'VA-2026-17',
};

const agreement = (agreementNumber: string, sealedDisclosureDays: number | null): AccessBasis => ({
  kind: 'agreement',
  agreementId: `id-${agreementNumber}`,
  agreementNumber,
  version: 1,
  sealedDisclosureDays,
  citation: { instrument: 'Bộ luật Tố tụng hình sự', article: 'Điều 88', clause: null, textVi: '…' },
});

function accessWith(releases: [string, AccessBasis][]): RequestAccess {
  const access = new RequestAccess({
    principal: () => Promise.resolve(police),
    agencyGrants: () => Promise.reject(new Error('not asked')),
    consents: null,
  });
  for (const [category, basis] of releases) {
    access.release({ kind: 'citizen', id: '001085012345' }, category, basis, `Citizen.${category}`, 'value');
  }
  return access;
}

describe('recordsOfRequest: sealed reads', () => {
  const now = new Date('2026-12-01T00:00:00Z');

  it('leaves a read under agreements without a seal open', () => {
    const [record] = recordsOfRequest(
      accessWith([['population.identity', agreement('DSA-1', null)]]),
      police,
      { requestId: 'r1' },
      'population',
      now,
    );
    expect(record.sealedUntil).toBeNull();
  });

  it('seals a read until now plus the longest seal among the agreements it used', () => {
    const [record] = recordsOfRequest(
      accessWith([
        ['population.identity', agreement('DSA-1', 30)],
        ['population.residence', agreement('DSA-2', 180)],
      ]),
      police,
      { requestId: 'r1' },
      'population',
      now,
    );
    expect(record.sealedUntil).toEqual(new Date('2027-05-30T00:00:00Z'));
    expect(record).toMatchObject({ outcome: 'released', caseReference: 'VA-2026-17', officerId: 'CB-01' });
  });

  it('seals a read when one of its categories came under a sealing agreement and another by consent', () => {
    const [record] = recordsOfRequest(
      accessWith([
        ['population.identity', agreement('DSA-1', 10)],
        ['population.residence', { kind: 'consent', consentId: 'c-1' }],
      ]),
      police,
      { requestId: 'r1' },
      'population',
      now,
    );
    expect(record.sealedUntil).toEqual(new Date('2026-12-11T00:00:00Z'));
    expect(record.consentIds).toEqual(['c-1']);
  });
});
