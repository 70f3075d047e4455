/** What an agreement version allows; everything but its identity and its decision. */
export interface AgreementTerms {
  categories: string[];
  purposes: string[];
  legalInstrument: string;
  legalArticle: string;
  legalClause: string | null;
  legalTextVi: string;
  validFrom: Date;
  /** Null: open-ended. */
  validTo: Date | null;
  /** Null: no limit. */
  requestsPerMinute: number | null;
  /** Null: no limit. */
  recordsPerDay: number | null;
  /** Null: reads are disclosed to the citizen at once. */
  sealedDisclosureDays: number | null;
}

export type TermName =
  | 'categories'
  | 'purposes'
  | 'validity'
  | 'requestsPerMinute'
  | 'recordsPerDay'
  | 'sealedDisclosureDays'
  | 'legalBasis';

export interface TermsComparison {
  /** Every term that differs. */
  changed: TermName[];
  /**
   * The changed terms that do not only narrow, so that a second administrator must approve:
   * anything wider, and any new legal basis (a different law is not "less" of the old one).
   */
  needsApproval: TermName[];
}

/**
 * Compares an amendment with the version in force. A change narrows when the categories and
 * purposes are subsets of the old ones, the window lies within the old one, each limit is
 * no higher (a null limit is "no limit", so replacing a number by null widens), and reads stay
 * sealed no longer (a null seal is "disclosed at once", so it is the narrowest).
 */
export function compareTerms(before: AgreementTerms, after: AgreementTerms): TermsComparison {
  const changed: TermName[] = [];
  const needsApproval: TermName[] = [];
  const term = (name: TermName, differs: boolean, narrows: boolean) => {
    if (!differs) return;
    changed.push(name);
    if (!narrows) needsApproval.push(name);
  };
  term('categories', !sameSet(before.categories, after.categories), isSubset(after.categories, before.categories));
  term('purposes', !sameSet(before.purposes, after.purposes), isSubset(after.purposes, before.purposes));
  term(
    'validity',
    before.validFrom.getTime() !== after.validFrom.getTime() || time(before.validTo) !== time(after.validTo),
    after.validFrom.getTime() >= before.validFrom.getTime() && endsNoLater(after.validTo, before.validTo),
  );
  term(
    'requestsPerMinute',
    before.requestsPerMinute !== after.requestsPerMinute,
    isNoHigher(after.requestsPerMinute, before.requestsPerMinute),
  );
  term(
    'recordsPerDay',
    before.recordsPerDay !== after.recordsPerDay,
    isNoHigher(after.recordsPerDay, before.recordsPerDay),
  );
  term(
    'sealedDisclosureDays',
    before.sealedDisclosureDays !== after.sealedDisclosureDays,
    isNoLonger(after.sealedDisclosureDays, before.sealedDisclosureDays),
  );
  term(
    'legalBasis',
    before.legalInstrument !== after.legalInstrument ||
      before.legalArticle !== after.legalArticle ||
      before.legalClause !== after.legalClause ||
      before.legalTextVi !== after.legalTextVi,
    false,
  );
  return { changed, needsApproval };
}

function isSubset(subset: readonly string[], superset: readonly string[]): boolean {
  const all = new Set(superset);
  return subset.every((item) => all.has(item));
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return isSubset(a, b) && isSubset(b, a);
}

function time(date: Date | null): number | null {
  return date === null ? null : date.getTime();
}

/** Whether an end `after` comes no later than `before` (null: never ends). */
function endsNoLater(after: Date | null, before: Date | null): boolean {
  if (before === null) return true;
  return after !== null && after.getTime() <= before.getTime();
}

/** Whether a limit `after` allows no more than `before` (null: no limit). */
function isNoHigher(after: number | null, before: number | null): boolean {
  if (before === null) return true;
  return after !== null && after <= before;
}

/** Whether a seal of `after` days hides reads no longer than `before` (null: not sealed). */
function isNoLonger(after: number | null, before: number | null): boolean {
  if (after === null) return true;
  return before !== null && after <= before;
}
