import { describe, expect, it } from '@jest/globals';
import { changesAnything, diffTerms, needsApproval, type AgreementTerms, type TermDiff } from './agreement-diff';
import { applyChanges, changesFrom, checkTerms, EMPTY_VALUES, valuesOf } from './agreement-form';

const IN_FORCE: AgreementTerms = {
  categories: ['population.identity', 'population.residence'],
  purposes: ['TAX_ADMINISTRATION'],
  legalBasis: { instrument: 'Luật Quản lý thuế', article: 'Điều 98', clause: null, textVi: 'Quản lý thuế.' },
  validFrom: '2026-01-01T00:00:00.000Z',
  validTo: '2030-12-31T00:00:00.000Z',
  requestsPerMinute: 300,
  recordsPerDay: null,
  sealedDisclosureDays: null,
};

const effects = (diffs: TermDiff[]) =>
  Object.fromEntries(diffs.filter((diff) => diff.effect !== 'same').map((diff) => [diff.term, diff.effect]));

describe('the difference between the terms in force and the proposed ones', () => {
  it('finds nothing when nothing changes, whatever the order of the lists', () => {
    const diffs = diffTerms(IN_FORCE, { ...IN_FORCE, categories: [...IN_FORCE.categories].reverse() });
    expect(changesAnything(diffs)).toBe(false);
    expect(needsApproval(diffs)).toBe(false);
  });

  it('marks an added category as widening and a removed one as narrowing, each by name', () => {
    const diffs = diffTerms(IN_FORCE, { ...IN_FORCE, categories: ['population.identity', 'population.contact'] });
    const categories = diffs.find((diff) => diff.term === 'categories')!;
    expect(categories).toEqual({
      term: 'categories',
      effect: 'both',
      added: ['population.contact'],
      removed: ['population.residence'],
    });
    expect(needsApproval(diffs)).toBe(true);
  });

  it.each([
    ['a removed category', { categories: ['population.identity'] }, { categories: 'narrows' }],
    ['an added purpose', { purposes: ['TAX_ADMINISTRATION', 'X'] }, { purposes: 'widens' }],
    ['a later start', { validFrom: '2026-06-01T00:00:00.000Z' }, { validity: 'narrows' }],
    ['an earlier end', { validTo: '2029-01-01T00:00:00.000Z' }, { validity: 'narrows' }],
    ['no end any more', { validTo: null }, { validity: 'widens' }],
    [
      'an earlier start and an earlier end',
      { validFrom: '2025-01-01T00:00:00.000Z', validTo: '2029-01-01T00:00:00.000Z' },
      { validity: 'both' },
    ],
    ['a lower limit', { requestsPerMinute: 100 }, { requestsPerMinute: 'narrows' }],
    ['no limit any more', { requestsPerMinute: null }, { requestsPerMinute: 'widens' }],
    ['a daily limit where there was none', { recordsPerDay: 1000 }, { recordsPerDay: 'narrows' }],
    ['a seal where reads were disclosed at once', { sealedDisclosureDays: 30 }, { sealedDisclosureDays: 'widens' }],
    ['another legal basis', { legalBasis: { ...IN_FORCE.legalBasis, clause: 'Khoản 1' } }, { legalBasis: 'replaced' }],
  ] as [string, Partial<AgreementTerms>, Record<string, string>][])('with %s: %j', (_name, change, expected) => {
    expect(effects(diffTerms(IN_FORCE, { ...IN_FORCE, ...change }))).toEqual(expected);
  });

  it('needs a second administrator unless every change narrows, as the exchange decides', () => {
    const narrowing = { ...IN_FORCE, categories: ['population.identity'], requestsPerMinute: 10 };
    expect(needsApproval(diffTerms(IN_FORCE, narrowing))).toBe(false);
    expect(needsApproval(diffTerms(IN_FORCE, { ...narrowing, sealedDisclosureDays: 5 }))).toBe(true);
  });

  it('shows every term of a new agreement as new, its categories and purposes as added', () => {
    const diffs = diffTerms(null, IN_FORCE);
    expect(diffs.every((diff) => diff.effect === 'new')).toBe(true);
    expect(diffs[0].added).toEqual(IN_FORCE.categories);
    expect(needsApproval(diffs)).toBe(true);
  });
});

describe('the agreement form, checked as the exchange checks it', () => {
  const filled = {
    ...EMPTY_VALUES,
    agencyCode: 'BTC-CT-HN',
    categories: ['population.identity'],
    purposes: ['TAX_ADMINISTRATION'],
    instrument: ' Luật Quản lý thuế ',
    article: 'Điều 98',
    textVi: 'Quản lý thuế.',
    note: 'Công văn 12',
  };

  it('turns a valid form into the proposal, trimmed, days at midnight in Vietnam, blanks as none', () => {
    const { problems, input } = checkTerms({ ...filled, validTo: '2030-12-31', recordsPerDay: '5000' });
    expect(problems).toEqual({});
    expect(input).toMatchObject({
      legalBasis: { instrument: 'Luật Quản lý thuế', clause: null },
      validTo: '2030-12-30T17:00:00.000Z',
      requestsPerMinute: null,
      recordsPerDay: 5000,
      sealedDisclosureDays: null,
    });
    expect(input).not.toHaveProperty('validFrom');
  });

  it('refuses what the server refuses, beside each field', () => {
    const { problems, input } = checkTerms({
      ...EMPTY_VALUES,
      agencyCode: 'bhxh',
      article: 'x'.repeat(65),
      note: 'a\u0000b',
      validFrom: '2030-01-01',
      validTo: '2029-01-01',
      requestsPerMinute: '0',
      sealedDisclosureDays: '3651',
    });
    expect(input).toBeNull();
    expect(problems).toEqual({
      agencyCode: { problem: 'agencyCode' },
      categories: { problem: 'noneChosen' },
      purposes: { problem: 'noneChosen' },
      instrument: { problem: 'required' },
      article: { problem: 'tooLong', max: 64 },
      textVi: { problem: 'required' },
      note: { problem: 'controlChars' },
      validTo: { problem: 'window' },
      requestsPerMinute: { problem: 'wholeNumber', max: 1_000_000_000 },
      sealedDisclosureDays: { problem: 'wholeNumber', max: 3650 },
    });
  });

  it('amends with only what differs from the version in force', () => {
    const values = { ...valuesOf('BTC-CT-HN', IN_FORCE), categories: ['population.identity'], note: 'Thu hẹp' };
    const { input } = checkTerms(values);
    const changes = changesFrom(IN_FORCE, input!);
    expect(changes).toEqual({ categories: ['population.identity'] });
    expect(effects(diffTerms(IN_FORCE, applyChanges(IN_FORCE, changes)))).toEqual({ categories: 'narrows' });
  });
});
