import { compareTerms, type AgreementTerms } from './agreement-terms';

const inForce: AgreementTerms = {
  categories: ['population.identity', 'population.residence', 'population.family'],
  purposes: ['SOCIAL_INSURANCE_ENROLMENT', 'SOCIAL_INSURANCE_BENEFITS'],
  legalInstrument: 'Nghị định 70/2024/NĐ-CP',
  legalArticle: 'Điều 15',
  legalClause: 'Khoản 2',
  legalTextVi: 'Cơ quan bảo hiểm xã hội được khai thác thông tin để giải quyết chế độ bảo hiểm xã hội.',
  validFrom: new Date('2026-01-01T00:00:00Z'),
  validTo: new Date('2030-12-31T00:00:00Z'),
  requestsPerMinute: 600,
  recordsPerDay: 100_000,
  sealedDisclosureDays: null,
};

const amend = (changes: Partial<AgreementTerms>) => compareTerms(inForce, { ...inForce, ...changes });

describe('amending an agreement: what narrows takes effect at once, what widens needs approval', () => {
  it.each<[string, Partial<AgreementTerms>, string[]]>([
    ['dropping a category', { categories: ['population.identity', 'population.residence'] }, ['categories']],
    ['dropping a purpose', { purposes: ['SOCIAL_INSURANCE_ENROLMENT'] }, ['purposes']],
    ['starting later', { validFrom: new Date('2026-06-01T00:00:00Z') }, ['validity']],
    ['ending earlier', { validTo: new Date('2027-12-31T00:00:00Z') }, ['validity']],
    ['lowering the request rate', { requestsPerMinute: 300 }, ['requestsPerMinute']],
    ['lowering the daily records', { recordsPerDay: 1 }, ['recordsPerDay']],
    [
      'several narrowings at once',
      { categories: ['population.identity'], requestsPerMinute: 60, validTo: new Date('2029-01-01T00:00:00Z') },
      ['categories', 'validity', 'requestsPerMinute'],
    ],
  ])('%s narrows', (_case, changes, changed) => {
    expect(amend(changes)).toEqual({ changed, needsApproval: [] });
  });

  it.each<[string, Partial<AgreementTerms>, string]>([
    ['adding a category', { categories: [...inForce.categories, 'population.contact'] }, 'categories'],
    [
      'swapping a category',
      { categories: ['population.identity', 'population.residence', 'population.vital'] },
      'categories',
    ],
    ['adding a purpose', { purposes: [...inForce.purposes, 'TAX_ADMINISTRATION'] }, 'purposes'],
    ['starting earlier', { validFrom: new Date('2025-06-01T00:00:00Z') }, 'validity'],
    ['ending later', { validTo: new Date('2031-01-01T00:00:00Z') }, 'validity'],
    ['never ending', { validTo: null }, 'validity'],
    ['raising the request rate', { requestsPerMinute: 601 }, 'requestsPerMinute'],
    ['lifting the request limit (null is no limit)', { requestsPerMinute: null }, 'requestsPerMinute'],
    ['lifting the daily limit', { recordsPerDay: null }, 'recordsPerDay'],
    ['sealing reads that were disclosed at once', { sealedDisclosureDays: 30 }, 'sealedDisclosureDays'],
    ['citing another decree', { legalInstrument: 'Nghị định 194/2025/NĐ-CP' }, 'legalBasis'],
    ['citing another article', { legalArticle: 'Điều 16' }, 'legalBasis'],
    ['dropping the clause', { legalClause: null }, 'legalBasis'],
    ['rewording the text for citizens', { legalTextVi: 'Văn bản khác.' }, 'legalBasis'],
  ])('%s needs approval', (_case, changes, term) => {
    expect(amend(changes)).toEqual({ changed: [term], needsApproval: [term] });
  });

  it('needs approval when one term widens even if others narrow', () => {
    expect(amend({ categories: ['population.identity'], requestsPerMinute: 1000 })).toEqual({
      changed: ['categories', 'requestsPerMinute'],
      needsApproval: ['requestsPerMinute'],
    });
  });

  it('sees no change in the same sets in another order, or the same instants in other objects', () => {
    expect(
      amend({
        categories: [...inForce.categories].reverse(),
        purposes: [...inForce.purposes].reverse(),
        validFrom: new Date(inForce.validFrom.getTime()),
        validTo: new Date(inForce.validTo!.getTime()),
      }),
    ).toEqual({ changed: [], needsApproval: [] });
  });

  it('treats limits from nothing to a number, and an end where there was none, as narrowing', () => {
    const open = { ...inForce, validTo: null, requestsPerMinute: null, recordsPerDay: null };
    expect(
      compareTerms(open, {
        ...open,
        validTo: new Date('2030-01-01T00:00:00Z'),
        requestsPerMinute: 10,
        recordsPerDay: 10,
      }),
    ).toEqual({ changed: ['validity', 'requestsPerMinute', 'recordsPerDay'], needsApproval: [] });
  });

  it('treats a shorter seal, and no seal, as narrowing, and a longer one as widening', () => {
    const sealed = { ...inForce, sealedDisclosureDays: 180 };
    expect(compareTerms(sealed, { ...sealed, sealedDisclosureDays: 90 })).toEqual({
      changed: ['sealedDisclosureDays'],
      needsApproval: [],
    });
    expect(compareTerms(sealed, { ...sealed, sealedDisclosureDays: null })).toEqual({
      changed: ['sealedDisclosureDays'],
      needsApproval: [],
    });
    expect(compareTerms(sealed, { ...sealed, sealedDisclosureDays: 365 })).toEqual({
      changed: ['sealedDisclosureDays'],
      needsApproval: ['sealedDisclosureDays'],
    });
  });
});
