import type { AgencyPrincipal, Principal } from '@app/auth';
import type { AgencyGrants } from './agency-grants';
import type { ConsentAsk, ConsentLookup } from './consent-lookup';
import type { AccessBasis } from './decision';
import { RequestAccess } from './request-access';

const agency = (overrides: Partial<AgencyPrincipal> = {}): AgencyPrincipal => ({
  kind: 'agency',
  issuer: 'test',
  tokenId: 't1',
  agencyCode: 'BHXH',
  clientId: 'bhxh-demo',
  purpose: 'SOCIAL_INSURANCE_ENROLMENT',
  scopes: ['population.identity', 'population.residence'],
  requestsPerMinute: null,
  officerId: null,
  caseReference: null,
  ...overrides,
});

const agreement = (agreementNumber: string): Extract<AccessBasis, { kind: 'agreement' }> => ({
  kind: 'agreement',
  agreementId: `id-${agreementNumber}`,
  agreementNumber,
  version: 1,
  sealedDisclosureDays: null,
  citation: { instrument: 'Nghị định 70/2024/NĐ-CP', article: 'Điều 15', clause: null, textVi: '…' },
});

const grants = (categories: string[], active = true): AgencyGrants => ({
  active,
  byCategory: new Map(categories.map((category) => [category, agreement('DSA-1')])),
  requestsPerMinute: null,
});

const citizen = (id: string) => ({ kind: 'citizen' as const, id });

function accessFor(principal: Principal | null, agencyGrants = grants([]), consents: ConsentLookup | null = null) {
  const load = jest.fn(() => Promise.resolve(agencyGrants));
  const access = new RequestAccess({
    principal: () => Promise.resolve(principal),
    agencyGrants: load,
    consents,
  });
  return { access, load };
}

describe('RequestAccess', () => {
  it('allows an agency what an agreement for its purpose names and its token was issued for', async () => {
    const { access } = accessFor(agency(), grants(['population.identity', 'population.family']));
    await expect(access.decide(citizen('001085012345'), 'population.identity')).resolves.toEqual({
      allowed: true,
      basis: agreement('DSA-1'),
    });
    await expect(access.decide(citizen('001085012345'), 'population.family')).resolves.toMatchObject({
      allowed: false,
      reason: 'OUTSIDE_TOKEN_SCOPE',
      purpose: 'SOCIAL_INSURANCE_ENROLMENT',
    });
    await expect(access.decide(citizen('001085012345'), 'population.contact')).resolves.toMatchObject({
      allowed: false,
      reason: 'NO_AGREEMENT_OR_CONSENT',
    });
  });

  it('denies everything to a system that is not active', async () => {
    const { access } = accessFor(agency(), grants(['population.identity'], false));
    await expect(access.decide(citizen('001085012345'), 'population.identity')).resolves.toMatchObject({
      allowed: false,
      reason: 'SYSTEM_NOT_ACTIVE',
    });
  });

  it('loads the agreements once per request, and answers from memory afterwards', async () => {
    const { access, load } = accessFor(agency(), grants(['population.identity']));
    const subjects = Array.from({ length: 100 }, (_, i) => citizen(String(1e11 + i)));
    await Promise.all(subjects.map((subject) => Promise.resolve(access.decide(subject, 'population.identity'))));
    expect(load).toHaveBeenCalledTimes(1);
    const again = access.decide(subjects[0], 'population.identity');
    expect(again).not.toBeInstanceOf(Promise);
    expect(again).toMatchObject({ allowed: true });
  });

  it('asks for consents once per batch of subjects, and allows what a consent covers', async () => {
    const consentsFor = jest.fn((_agency: string, _purpose: string, asks: ConsentAsk[]) =>
      Promise.resolve(
        new Map(
          asks
            .map((ask) => ask.subject)
            .filter((subject) => subject.id.endsWith('1'))
            .map((subject) => [
              `citizen:${subject.id}`,
              new Map([['population.contact', { consentId: `c-${subject.id}` }]]),
            ]),
        ),
      ),
    );
    const { access } = accessFor(agency({ scopes: [] }), grants([]), { consentsFor, use: jest.fn() });
    const subjects = ['001085012341', '001085012342', '001085012351'].map(citizen);
    const decisions = await Promise.all(
      subjects.map((subject) => Promise.resolve(access.decide(subject, 'population.contact'))),
    );
    expect(consentsFor).toHaveBeenCalledTimes(1);
    expect(consentsFor.mock.calls[0][2]).toHaveLength(3);
    expect(decisions.map((decision) => decision.allowed)).toEqual([true, false, true]);
    expect(decisions[0]).toEqual({ allowed: true, basis: { kind: 'consent', consentId: 'c-001085012341' } });
  });

  it('tells the agency why the consent it relied on does not allow, naming the consent', async () => {
    const consentsFor = jest.fn(() =>
      Promise.resolve(
        new Map([
          [
            'citizen:001085012345',
            new Map([['population.contact', { consentId: 'c-1', denied: 'CONSENT_REVOKED' as const }]]),
          ],
        ]),
      ),
    );
    const { access } = accessFor(agency({ scopes: [] }), grants([]), { consentsFor, use: jest.fn() });
    const decision = await access.decide(citizen('001085012345'), 'population.contact');
    expect(decision).toMatchObject({ allowed: false, reason: 'CONSENT_REVOKED' });
    expect(!decision.allowed && decision.message).toContain('c-1');
  });

  it("holds an agreement's records per day: counts each subject once, refuses past the limit", async () => {
    const limited = { ...grants(['population.identity', 'population.residence']) };
    limited.dailyLimits = new Map([['DSA-1', { recordsPerDay: 2, recordedToday: 1 }]]);
    const { access } = accessFor(agency(), limited);
    const [first, second] = [citizen('001085012341'), citizen('001085012342')];
    await expect(access.decide(first, 'population.identity')).resolves.toMatchObject({ allowed: true });
    // The same subject again, for another category of the agreement: the same record.
    await expect(access.decide(first, 'population.residence')).resolves.toMatchObject({ allowed: true });
    await expect(access.decide(second, 'population.identity')).resolves.toMatchObject({
      allowed: false,
      reason: 'DAILY_LIMIT_REACHED',
      purpose: 'SOCIAL_INSURANCE_ENROLMENT',
    });
  });

  it('lets a citizen read their own record only', async () => {
    const me: Principal = {
      kind: 'citizen',
      issuer: 't',
      tokenId: 't',
      personalIdNumber: '001085012345',
      assuranceLevel: 2,
    };
    const { access } = accessFor(me);
    await expect(access.decide(citizen('001085012345'), 'population.contact')).resolves.toMatchObject({
      allowed: true,
      basis: { kind: 'self' },
    });
    await expect(access.decide(citizen('079190004321'), 'population.identity')).resolves.toMatchObject({
      allowed: false,
      reason: 'NOT_YOUR_RECORD',
    });
    await expect(access.decide({ kind: 'enterprise', id: '0100003212' }, 'business.profile')).resolves.toMatchObject({
      allowed: false,
    });
  });

  it("lets a steward read their own registry's categories, not the other's", async () => {
    const steward: Principal = { kind: 'steward', issuer: 't', tokenId: 't', stewardId: 'st-a', registry: 'business' };
    const { access } = accessFor(steward);
    await expect(access.decide({ kind: 'enterprise', id: '0100003212' }, 'business.owners')).resolves.toMatchObject({
      allowed: true,
      basis: { kind: 'steward' },
    });
    await expect(access.decide(citizen('001085012345'), 'population.identity')).resolves.toMatchObject({
      allowed: false,
      reason: 'OTHER_REGISTRY',
    });
  });

  it('denies administrators, auditors and callers without a token', async () => {
    const admin: Principal = { kind: 'admin', issuer: 't', tokenId: 't', operatorId: 'adm' };
    await expect(accessFor(admin).access.decide(citizen('001085012345'), 'population.identity')).resolves.toMatchObject(
      { allowed: false, reason: 'NO_DATA_ACCESS' },
    );
    await expect(accessFor(null).access.decide(citizen('001085012345'), 'population.identity')).resolves.toMatchObject({
      allowed: false,
      reason: 'UNAUTHENTICATED',
    });
  });

  it('collects what was released, per subject and category, for the access log', async () => {
    const { access } = accessFor(agency(), grants(['population.identity']));
    const subject = citizen('001085012345');
    const decision = await access.decide(subject, 'population.identity');
    if (!decision.allowed) throw new Error('expected an allowed decision');
    access.release(subject, 'population.identity', decision.basis, 'Citizen.fullName', 'Nguyễn Văn An');
    access.release(subject, 'population.identity', decision.basis, 'Citizen.sex', 'MALE');
    const [release] = access.released();
    expect(release.subject).toEqual(subject);
    expect([...release.categories.get('population.identity')!.fields]).toEqual(['Citizen.fullName', 'Citizen.sex']);
    expect(Object.fromEntries(release.values)).toEqual({ 'Citizen.fullName': 'Nguyễn Văn An', 'Citizen.sex': 'MALE' });
  });
});
