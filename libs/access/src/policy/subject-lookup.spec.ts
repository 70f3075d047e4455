import type { AgencyPrincipal } from '@app/auth';
import type { AgencyGrants } from './agency-grants';
import type { ConsentLookup, ConsentMatch } from './consent-lookup';
import type { AccessBasis, Subject } from './decision';
import { RequestAccess } from './request-access';

const agency: AgencyPrincipal = {
  kind: 'agency',
  issuer: 'test',
  tokenId: 't1',
  agencyCode: 'DEMO-BANK',
  clientId: 'demo-bank-demo',
  purpose: 'ACCOUNT_OPENING_KYC',
  scopes: ['population.identity', 'population.residence'],
  requestsPerMinute: null,
  officerId: null,
  caseReference: null,
};

const agreement: AccessBasis = {
  kind: 'agreement',
  agreementId: 'id-1',
  agreementNumber: 'DSA-1',
  version: 1,
  sealedDisclosureDays: null,
  citation: { instrument: 'Luật', article: 'Điều 1', clause: null, textVi: '…' },
};

const grants = (categories: string[]): AgencyGrants => ({
  active: true,
  byCategory: new Map(categories.map((category) => [category, agreement])),
  requestsPerMinute: null,
});

const citizen = (id: string): Subject => ({ kind: 'citizen', id });

/** Consents held in memory, and every lookup asked of them. */
function consents(held: Record<string, Record<string, ConsentMatch>> = {}) {
  const calls: { subjects: string[]; categories: string[][] }[] = [];
  const used: string[] = [];
  const lookup: ConsentLookup = {
    consentsFor: (_agency, _purpose, asks) => {
      calls.push({ subjects: asks.map(({ subject }) => subject.id), categories: asks.map((ask) => ask.categories) });
      const found = new Map<string, Map<string, ConsentMatch>>();
      for (const { subject } of asks) {
        const matches = held[subject.id];
        if (matches) found.set(`citizen:${subject.id}`, new Map(Object.entries(matches)));
      }
      return Promise.resolve(found);
    },
    use: (_runner, consentIds) => {
      used.push(...consentIds);
      return Promise.resolve(new Map());
    },
  };
  return { lookup, calls, used };
}

const accessFor = (agencyGrants: AgencyGrants, lookup: ConsentLookup | null = null) =>
  new RequestAccess({
    principal: () => Promise.resolve(agency),
    agencyGrants: () => Promise.resolve(agencyGrants),
    consents: lookup,
  });

describe('RequestAccess.lookUp: whether a subject exists is a read', () => {
  it('refuses an agency with no basis the same for every subject, whatever the subject', async () => {
    const access = accessFor(grants([]), consents().lookup);
    const [one, other] = await Promise.all([
      access.lookUp(citizen('001085012345')),
      access.lookUp(citizen('001085099991')),
    ]);
    expect(one).toEqual({
      allowed: false,
      reason: 'NO_AGREEMENT_OR_CONSENT',
      message: expect.not.stringContaining('001085012345') as string,
      purpose: 'ACCOUNT_OPENING_KYC',
    });
    expect(other).toEqual(one);
  });

  it('allows an agency whose agreement covers a category of the subject, citing that category', async () => {
    const access = accessFor(grants(['population.residence', 'business.profile']));
    await expect(access.lookUp(citizen('001085012345'))).resolves.toEqual({
      allowed: true,
      basis: agreement,
      category: 'population.residence',
    });
    await expect(access.lookUp({ kind: 'enterprise', id: '0100003212' })).resolves.toMatchObject({
      allowed: false,
      reason: 'OUTSIDE_TOKEN_SCOPE',
    });
  });

  it('looks at consents without using them, in one lookup for the subjects of one tick', async () => {
    const { lookup, calls, used } = consents({ '001085012345': { 'population.residence': { consentId: 'c-1' } } });
    const access = accessFor(grants([]), lookup);
    const [consented, other] = await Promise.all([
      access.lookUp(citizen('001085012345')),
      access.lookUp(citizen('079190004321')),
    ]);
    expect(consented).toEqual({
      allowed: true,
      basis: { kind: 'consent', consentId: 'c-1' },
      category: 'population.residence',
    });
    expect(other).toMatchObject({ allowed: false, reason: 'NO_AGREEMENT_OR_CONSENT' });
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ subjects: ['001085012345', '079190004321'] });
    // A lookup releases no category's data: nothing for the log's transaction to use.
    expect(used).toEqual([]);
    expect(access.commitWork()).toBeNull();
  });

  it('tells the agency why its own consent is unusable', async () => {
    const { lookup } = consents({
      '001085012345': { 'population.identity': { consentId: 'c-2', denied: 'CONSENT_SPENT' } },
    });
    await expect(accessFor(grants([]), lookup).lookUp(citizen('001085012345'))).resolves.toMatchObject({
      allowed: false,
      reason: 'CONSENT_SPENT',
    });
  });

  it('records a refused lookup once per subject, and a released key only when nothing else of it was released', async () => {
    const access = accessFor(grants(['population.identity']));
    const refused = await accessFor(grants([])).lookUp(citizen('001085099991'));
    if (refused.allowed) throw new Error('expected a refusal');
    access.refuseLookUp(citizen('001085099991'), 'Citizen.personalIdNumber', refused);
    const allowed = await access.lookUp(citizen('001085012345'));
    if (!allowed.allowed) throw new Error('expected a release');
    access.releaseKey(citizen('001085012345'), 'Citizen.personalIdNumber', allowed);
    access.releaseKey(citizen('079190004321'), 'Citizen.personalIdNumber', allowed);
    access.release(citizen('079190004321'), 'population.identity', agreement, 'Citizen.fullName', 'Trần Thị Bình');

    expect(access.refused()).toHaveLength(1);
    const categories = access.refused()[0].categories;
    expect([...categories.keys()]).toEqual(expect.arrayContaining(['population.identity', 'population.contact']));
    expect([...categories.values()].every((entry) => entry.reason === 'NO_AGREEMENT_OR_CONSENT')).toBe(true);
    const released = Object.fromEntries(
      access.released().map((release) => [release.subject.id, Object.fromEntries(release.values)]),
    );
    expect(released).toEqual({
      '001085012345': { 'Citizen.personalIdNumber': '001085012345' },
      '079190004321': { 'Citizen.fullName': 'Trần Thị Bình' },
    });
  });
});
