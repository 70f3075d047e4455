import type { Agreement } from './agreements-api';

/** What an agreement version allows: its terms, without identity or decision. */
export type AgreementTerms = Pick<
  Agreement,
  | 'categories'
  | 'purposes'
  | 'legalBasis'
  | 'validFrom'
  | 'validTo'
  | 'requestsPerMinute'
  | 'recordsPerDay'
  | 'sealedDisclosureDays'
>;

export const TERM_NAMES = [
  'categories',
  'purposes',
  'validity',
  'requestsPerMinute',
  'recordsPerDay',
  'sealedDisclosureDays',
  'legalBasis',
] as const;
export type TermName = (typeof TERM_NAMES)[number];

/**
 * How a proposed term differs from the one in force. `widens`: the agency may read more (more
 * categories or purposes, a longer window, a higher or no limit, a longer seal); `narrows`: less;
 * `both`: some of each (a category added and another removed); `replaced`: a new legal basis,
 * which is neither more nor less of the old law; `new`: no version is in force to compare with.
 */
export type TermEffect = 'same' | 'widens' | 'narrows' | 'both' | 'replaced' | 'new';

export interface TermDiff {
  term: TermName;
  effect: TermEffect;
  /** Categories or purposes the proposal adds (widen each). */
  added: string[];
  /** Categories or purposes it removes (narrow each). */
  removed: string[];
}

/**
 * Compares the proposed terms with those in force, term by term, by the exchange's own rule
 * (apps/exchange/src/agreements/agreement-terms.ts): a change needs a second administrator
 * unless every term only narrows. The console shows this; the server decides it again.
 */
export function diffTerms(inForce: AgreementTerms | null, proposed: AgreementTerms): TermDiff[] {
  if (inForce === null) {
    return TERM_NAMES.map((term) => ({
      term,
      effect: 'new',
      added: term === 'categories' ? proposed.categories : term === 'purposes' ? proposed.purposes : [],
      removed: [],
    }));
  }
  return [
    setDiff('categories', inForce.categories, proposed.categories),
    setDiff('purposes', inForce.purposes, proposed.purposes),
    plain('validity', validityEffect(inForce, proposed)),
    plain('requestsPerMinute', limitEffect(inForce.requestsPerMinute, proposed.requestsPerMinute)),
    plain('recordsPerDay', limitEffect(inForce.recordsPerDay, proposed.recordsPerDay)),
    plain('sealedDisclosureDays', sealEffect(inForce.sealedDisclosureDays, proposed.sealedDisclosureDays)),
    plain('legalBasis', sameLegalBasis(inForce, proposed) ? 'same' : 'replaced'),
  ];
}

/** Whether the proposal would need a second administrator: anything but a pure narrowing. */
export function needsApproval(diffs: readonly TermDiff[]): boolean {
  return diffs.some((diff) => diff.effect !== 'same' && diff.effect !== 'narrows');
}

/** Whether anything differs at all. */
export const changesAnything = (diffs: readonly TermDiff[]): boolean => diffs.some((diff) => diff.effect !== 'same');

const plain = (term: TermName, effect: TermEffect): TermDiff => ({ term, effect, added: [], removed: [] });

function setDiff(term: TermName, before: readonly string[], after: readonly string[]): TermDiff {
  const added = [...new Set(after)].filter((item) => !before.includes(item)).sort();
  const removed = [...new Set(before)].filter((item) => !after.includes(item)).sort();
  return { term, effect: combine(added.length > 0, removed.length > 0), added, removed };
}

function combine(widens: boolean, narrows: boolean): TermEffect {
  if (widens && narrows) return 'both';
  if (widens) return 'widens';
  if (narrows) return 'narrows';
  return 'same';
}

/** Starting earlier or ending later (or never) widens; starting later or ending sooner narrows. */
function validityEffect(before: AgreementTerms, after: AgreementTerms): TermEffect {
  const from = compare(Date.parse(after.validFrom), Date.parse(before.validFrom));
  const to = compare(endOf(after.validTo), endOf(before.validTo));
  return combine(from < 0 || to > 0, from > 0 || to < 0);
}

const endOf = (validTo: string | null): number => (validTo === null ? Infinity : Date.parse(validTo));

/** A limit: null is "no limit", so it is above any number. */
function limitEffect(before: number | null, after: number | null): TermEffect {
  const difference = compare(after ?? Infinity, before ?? Infinity);
  return difference === 0 ? 'same' : difference > 0 ? 'widens' : 'narrows';
}

/** A seal: null is "disclosed at once", the narrowest; more days hide reads longer. */
function sealEffect(before: number | null, after: number | null): TermEffect {
  const difference = compare(after ?? 0, before ?? 0);
  return difference === 0 ? 'same' : difference > 0 ? 'widens' : 'narrows';
}

function compare(a: number, b: number): number {
  return a === b ? 0 : a > b ? 1 : -1;
}

function sameLegalBasis(before: AgreementTerms, after: AgreementTerms): boolean {
  const a = before.legalBasis;
  const b = after.legalBasis;
  return a.instrument === b.instrument && a.article === b.article && a.clause === b.clause && a.textVi === b.textVi;
}
