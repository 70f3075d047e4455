import type { AgreementTerms } from './agreement-diff';
import type { LegalBasis } from './agreements-api';

/**
 * The agreement form's rules, as the exchange checks them (agreement.inputs.ts,
 * agreement.validators.ts, agreement-changes.service.ts), so that a mistake is shown beside its
 * field before anything is sent; the server's refusal is still shown if it refuses anyway.
 */
export const AGENCY_CODE_PATTERN = /^[A-Z0-9][A-Z0-9-]{1,31}$/;
export const MAX_LIST = 32;
export const MAX_LIMIT = 1_000_000_000;
export const MAX_SEALED_DAYS = 3650;
export const TEXT_MAX = { instrument: 255, article: 64, clause: 64, textVi: 2000, note: 1000 } as const;

/** What the form holds: texts as typed, dates as yyyy-mm-dd in Vietnam, '' for "none". */
export interface TermsFormValues {
  agencyCode: string;
  categories: string[];
  purposes: string[];
  instrument: string;
  article: string;
  clause: string;
  textVi: string;
  validFrom: string;
  validTo: string;
  requestsPerMinute: string;
  recordsPerDay: string;
  sealedDisclosureDays: string;
  note: string;
}

export type FieldName = keyof TermsFormValues;
export type FieldProblem =
  | { problem: 'required' | 'controlChars' | 'noneChosen' | 'tooMany' | 'window' | 'agencyCode' | 'date' }
  | { problem: 'tooLong'; max: number }
  | { problem: 'wholeNumber'; max: number };
export type FormProblems = Partial<Record<FieldName, FieldProblem>>;

export interface ProposalInput {
  agencyCode: string;
  categories: string[];
  purposes: string[];
  legalBasis: LegalBasis;
  validFrom?: string;
  validTo: string | null;
  requestsPerMinute: number | null;
  recordsPerDay: number | null;
  sealedDisclosureDays: number | null;
  note: string;
}

/** An amendment's changes: an omitted field stays as it is; null clears an end or a limit. */
export type AgreementChanges = Partial<Omit<ProposalInput, 'agencyCode' | 'note'>>;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Midnight in Vietnam (UTC+7 all year) of a yyyy-mm-dd day, as an ISO instant. */
export const vietnamMidnight = (day: string): string => new Date(`${day}T00:00:00+07:00`).toISOString();

/** The yyyy-mm-dd day in Vietnam of an instant. */
export const vietnamDay = (instant: string): string =>
  new Date(Date.parse(instant) + 7 * 3600_000).toISOString().slice(0, 10);

/** The form filled with the terms of a version, for an amendment. */
export function valuesOf(agencyCode: string, terms: AgreementTerms): TermsFormValues {
  const number = (value: number | null) => (value === null ? '' : String(value));
  return {
    agencyCode,
    categories: [...terms.categories],
    purposes: [...terms.purposes],
    instrument: terms.legalBasis.instrument,
    article: terms.legalBasis.article,
    clause: terms.legalBasis.clause ?? '',
    textVi: terms.legalBasis.textVi,
    validFrom: vietnamDay(terms.validFrom),
    validTo: terms.validTo === null ? '' : vietnamDay(terms.validTo),
    requestsPerMinute: number(terms.requestsPerMinute),
    recordsPerDay: number(terms.recordsPerDay),
    sealedDisclosureDays: number(terms.sealedDisclosureDays),
    note: '',
  };
}

export const EMPTY_VALUES: TermsFormValues = {
  agencyCode: '',
  categories: [],
  purposes: [],
  instrument: '',
  article: '',
  clause: '',
  textVi: '',
  validFrom: '',
  validTo: '',
  requestsPerMinute: '',
  recordsPerDay: '',
  sealedDisclosureDays: '',
  note: '',
};

/** Checks the form as the server would; on success, the proposal it stands for. */
export function checkTerms(
  values: TermsFormValues,
  now: Date = new Date(),
): { problems: FormProblems; input: ProposalInput | null } {
  const problems: FormProblems = {};
  if (!AGENCY_CODE_PATTERN.test(values.agencyCode)) problems.agencyCode = { problem: 'agencyCode' };
  for (const field of ['categories', 'purposes'] as const) {
    if (values[field].length === 0) problems[field] = { problem: 'noneChosen' };
    else if (values[field].length > MAX_LIST) problems[field] = { problem: 'tooMany' };
  }
  for (const field of ['instrument', 'article', 'clause', 'textVi', 'note'] as const) {
    const problem = textProblem(values[field], TEXT_MAX[field], field === 'clause');
    if (problem) problems[field] = problem;
  }
  for (const field of ['validFrom', 'validTo'] as const) {
    if (values[field] !== '' && (!DAY.test(values[field]) || Number.isNaN(Date.parse(values[field])))) {
      problems[field] = { problem: 'date' };
    }
  }
  const limits = {
    requestsPerMinute: wholeNumber(values.requestsPerMinute, MAX_LIMIT),
    recordsPerDay: wholeNumber(values.recordsPerDay, MAX_LIMIT),
    sealedDisclosureDays: wholeNumber(values.sealedDisclosureDays, MAX_SEALED_DAYS),
  };
  for (const [field, limit] of Object.entries(limits)) {
    if (limit === undefined) problems[field as FieldName] = { problem: 'wholeNumber', max: maxOf(field) };
  }
  if (!problems.validFrom && !problems.validTo && values.validTo !== '') {
    // The exchange refuses a window that ends before or when it starts (INVALID_VALIDITY_WINDOW).
    const start = values.validFrom === '' ? now.getTime() : Date.parse(vietnamMidnight(values.validFrom));
    if (Date.parse(vietnamMidnight(values.validTo)) <= start) problems.validTo = { problem: 'window' };
  }
  if (Object.keys(problems).length > 0) return { problems, input: null };
  const clause = values.clause.trim();
  return {
    problems,
    input: {
      agencyCode: values.agencyCode,
      categories: [...values.categories].sort(),
      purposes: [...values.purposes].sort(),
      legalBasis: {
        instrument: values.instrument.trim(),
        article: values.article.trim(),
        clause: clause === '' ? null : clause,
        textVi: values.textVi.trim(),
      },
      ...(values.validFrom === '' ? {} : { validFrom: vietnamMidnight(values.validFrom) }),
      validTo: values.validTo === '' ? null : vietnamMidnight(values.validTo),
      requestsPerMinute: limits.requestsPerMinute ?? null,
      recordsPerDay: limits.recordsPerDay ?? null,
      sealedDisclosureDays: limits.sealedDisclosureDays ?? null,
      note: values.note.trim(),
    },
  };
}

/**
 * The proposal as the terms it would put in force, for the difference shown before sending
 * (an omitted start is "from approval", shown as the start it keeps when amending).
 */
export function termsOf(input: ProposalInput, fallbackValidFrom: string): AgreementTerms {
  return {
    categories: input.categories,
    purposes: input.purposes,
    legalBasis: input.legalBasis,
    validFrom: input.validFrom ?? fallbackValidFrom,
    validTo: input.validTo,
    requestsPerMinute: input.requestsPerMinute,
    recordsPerDay: input.recordsPerDay,
    sealedDisclosureDays: input.sealedDisclosureDays,
  };
}

/**
 * An amendment sends only what differs from the version in force: an unchanged start is left
 * out, so its time of day (set at approval) is kept rather than moved to midnight.
 */
export function changesFrom(inForce: AgreementTerms, input: ProposalInput): AgreementChanges {
  const changes: AgreementChanges = {};
  const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((item) => b.includes(item));
  if (!sameSet(inForce.categories, input.categories)) changes.categories = input.categories;
  if (!sameSet(inForce.purposes, input.purposes)) changes.purposes = input.purposes;
  const basis = inForce.legalBasis;
  const next = input.legalBasis;
  if (
    basis.instrument !== next.instrument ||
    basis.article !== next.article ||
    basis.clause !== next.clause ||
    basis.textVi !== next.textVi
  ) {
    changes.legalBasis = next;
  }
  if (input.validFrom !== undefined && vietnamDay(inForce.validFrom) !== vietnamDay(input.validFrom)) {
    changes.validFrom = input.validFrom;
  }
  const sameEnd =
    inForce.validTo === null ? input.validTo === null : vietnamDay(inForce.validTo) === vietnamDay(input.validTo ?? '');
  if (!sameEnd) changes.validTo = input.validTo;
  for (const field of ['requestsPerMinute', 'recordsPerDay', 'sealedDisclosureDays'] as const) {
    if (inForce[field] !== input[field]) changes[field] = input[field];
  }
  return changes;
}

/** The in-force terms with the changes applied: what the amended version would allow. */
export const applyChanges = (inForce: AgreementTerms, changes: AgreementChanges): AgreementTerms => ({
  ...inForce,
  ...changes,
});

/** A decision's reason (the API's `note`): required, at most 1000 characters, one line. */
export const noteProblem = (value: string): FieldProblem | null => textProblem(value, TEXT_MAX.note, false);

function textProblem(value: string, max: number, optional: boolean): FieldProblem | null {
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f-\u009f]/.test(value)) return { problem: 'controlChars' };
  const trimmed = value.trim();
  if (trimmed === '') return optional ? null : { problem: 'required' };
  if (trimmed.length > max) return { problem: 'tooLong', max };
  return null;
}

/** '' → null (no limit); a whole number in 1..max → it; anything else → undefined (refused). */
function wholeNumber(value: string, max: number): number | null | undefined {
  const trimmed = value.trim();
  if (trimmed === '') return null;
  if (!/^\d+$/.test(trimmed)) return undefined;
  const number = Number(trimmed);
  return number >= 1 && number <= max ? number : undefined;
}

const maxOf = (field: string) => (field === 'sealedDisclosureDays' ? MAX_SEALED_DAYS : MAX_LIMIT);
