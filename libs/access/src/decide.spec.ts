import { ForbiddenError, type Principal } from '@app/auth';
import { decide, requireAccess, requireLookUp, type AccessQuestion } from './decide';

const base = { issuer: 'test', tokenId: 't1' };
const CALLERS = {
  agencyBhxh: {
    ...base,
    kind: 'agency',
    agencyCode: 'BHXH',
    clientId: 'bhxh-demo',
    purpose: 'SOCIAL_INSURANCE_ENROLMENT',
    scopes: [],
    requestsPerMinute: null,
    officerId: null,
    caseReference: null,
  },
  citizenAn: { ...base, kind: 'citizen', personalIdNumber: '001099000001', assuranceLevel: 2 },
  populationSteward: { ...base, kind: 'steward', stewardId: 'st-1', registry: 'population' },
  businessSteward: { ...base, kind: 'steward', stewardId: 'st-2', registry: 'business' },
  admin: { ...base, kind: 'admin', operatorId: 'op-1' },
  auditor: { ...base, kind: 'auditor', operatorId: 'op-2' },
} as const satisfies Record<string, Principal>;
type Caller = keyof typeof CALLERS;

/** What each caller is told, by question: true allowed, 'policy' the agency's agreements decide, else the reason. */
type Verdict = true | string;

function verdicts(question: AccessQuestion): Record<Caller, Verdict> {
  const entries = Object.entries(CALLERS).map(([name, principal]) => {
    const answer = decide(principal, question);
    const verdict =
      answer.allowed === true ? true : answer.allowed === 'byAgreementOrConsent' ? 'policy' : answer.reason;
    return [name, verdict];
  });
  return Object.fromEntries(entries) as Record<Caller, Verdict>;
}

describe('decide: the one decision of the access core', () => {
  it("a citizen's record: the citizen themself, population's stewards, agencies by their agreements; nobody else", () => {
    expect(verdicts({ about: 'subject', subject: { kind: 'citizen', id: '001099000001' } })).toEqual({
      agencyBhxh: 'policy',
      citizenAn: true,
      populationSteward: true,
      businessSteward: 'OTHER_REGISTRY',
      admin: 'NO_DATA_ACCESS',
      auditor: 'NO_DATA_ACCESS',
    });
    expect(verdicts({ about: 'subject', subject: { kind: 'citizen', id: '001099000002' } }).citizenAn).toBe(
      'NOT_YOUR_RECORD',
    );
  });

  it("a field goes by its category's registry, not the subject's kind", () => {
    const enterpriseField: AccessQuestion = {
      about: 'subject',
      subject: { kind: 'enterprise', id: '0100000001' },
      category: 'business.profile',
    };
    expect(verdicts(enterpriseField)).toMatchObject({ populationSteward: 'OTHER_REGISTRY', businessSteward: true });
    // A citizen is never "self" of an enterprise, even a representative of it.
    expect(verdicts(enterpriseField).citizenAn).toBe('NOT_YOUR_RECORD');
  });

  it("an agency's rows: its own and the operators'", () => {
    expect(verdicts({ about: 'agencyRows', agencyCode: 'BHXH' })).toEqual({
      agencyBhxh: true,
      citizenAn: 'OTHER_AGENCY',
      populationSteward: 'OTHER_AGENCY',
      businessSteward: 'OTHER_AGENCY',
      admin: true,
      auditor: true,
    });
    expect(verdicts({ about: 'agencyRows', agencyCode: 'TCT' }).agencyBhxh).toBe('OTHER_AGENCY');
  });

  it('a consent: both parties read it, the citizen alone changes it', () => {
    const parties = { personalIdNumber: '001099000001', agencyCode: 'BHXH' };
    expect(verdicts({ about: 'consent', ...parties, parties: 'both' })).toMatchObject({
      agencyBhxh: true,
      citizenAn: true,
      admin: 'NOT_YOUR_CONSENT',
      populationSteward: 'NOT_YOUR_CONSENT',
    });
    expect(verdicts({ about: 'consent', ...parties, parties: 'citizen' })).toMatchObject({
      agencyBhxh: 'NOT_YOUR_CONSENT',
      citizenAn: true,
    });
    expect(verdicts({ about: 'consentRequest', ...parties, agencyCode: 'TCT', parties: 'both' })).toMatchObject({
      agencyBhxh: 'NOT_YOUR_REQUEST',
      citizenAn: true,
    });
  });

  it("an enterprise's log: its current representatives only; an unknown enterprise alike", () => {
    const known = verdicts({ about: 'enterpriseLog', enterpriseCode: '0100000001', representatives: ['001099000001'] });
    expect(known).toMatchObject({ citizenAn: true, agencyBhxh: 'NOT_REPRESENTATIVE', admin: 'NOT_REPRESENTATIVE' });
    expect(verdicts({ about: 'enterpriseLog', enterpriseCode: '0199999999', representatives: [] }).citizenAn).toBe(
      'NOT_REPRESENTATIVE',
    );
  });

  it('requireAccess throws FORBIDDEN with the reason and details; passes an agency on to its agreements', () => {
    const refused = (() => {
      try {
        requireAccess(CALLERS.agencyBhxh, { about: 'agencyRows', agencyCode: 'TCT' });
      } catch (error) {
        return error;
      }
    })();
    expect(refused).toBeInstanceOf(ForbiddenError);
    expect((refused as ForbiddenError).details).toEqual({
      reason: 'OTHER_AGENCY',
      callerAgency: 'BHXH',
      requestedAgency: 'TCT',
    });
    expect(() => requireLookUp(CALLERS.agencyBhxh, 'citizen', ['001099000002'])).not.toThrow();
    expect(() => requireLookUp(CALLERS.citizenAn, 'citizen', ['001099000001', '001099000002'])).toThrow(ForbiddenError);
  });
});
