import { AGENCY_CODE_PATTERN } from '@app/auth';
import { unsafeTextProblem } from '@app/validation';

/**
 * Every kind of page the graph hands out cursors for, and where its position is checked:
 * what a cursor of each kind holds, as a list of JSON values, and the rules that list must
 * meet before any of it reaches SQL. A cursor is sealed with its kind, so one kind's cursor
 * is not another's.
 */
export interface CursorKinds {
  /** agencies: the last agency code of a page. */
  agency: { code: string };
  /** agreements: the last (agreement number, version). */
  agreement: { agreementNumber: string; version: number };
  /** agencyConsents, agencyConsentRequests: the last (time, id). */
  consent: { at: Date; id: string };
  /** accessDisputes: the last (opened_at, id). */
  dispute: { at: Date; id: string };
  /** myAccessLog, enterpriseAccessLog and accessRecords: the last (recorded_at, seq). */
  accessLog: LogPosition;
  /** searchCitizens: the last (search key, personal ID number). */
  citizenSearch: { name: string; personalIdNumber: string };
  /** searchEnterprises: the last (search key, enterprise code). */
  enterpriseSearch: { name: string; enterpriseCode: string };
}

export type CursorKind = keyof CursorKinds;

/** A place in a newest-first listing of the access log. */
export interface LogPosition {
  /** recorded_at in UTC with its microseconds, as PostgreSQL prints it: compares exactly. */
  at: string;
  /** The record's seq, a bigint as decimal text. */
  seq: string;
  /** A tracker page's filters, as a fingerprint: a cursor made under some filters serves only those. */
  filters?: string;
}

type Part = string | number;

interface KindRules<P> {
  toParts(position: P): Part[];
  /** The position, or null when the parts are not one this kind could have made. */
  fromParts(parts: unknown[]): P | null;
}

const MAX_BIGINT = 2n ** 63n - 1n;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const MICROSECOND_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})\.\d{6}Z$/;

export const CURSOR_KINDS: { [K in CursorKind]: KindRules<CursorKinds[K]> } = {
  agency: {
    toParts: ({ code }) => [code],
    fromParts: ([code, ...rest]) =>
      rest.length === 0 && typeof code === 'string' && AGENCY_CODE_PATTERN.test(code) ? { code } : null,
  },
  agreement: {
    toParts: ({ agreementNumber, version }) => [agreementNumber, version],
    fromParts: ([agreementNumber, version, ...rest]) =>
      rest.length === 0 &&
      typeof agreementNumber === 'string' &&
      /^DSA-\d{4}-\d{4,12}$/.test(agreementNumber) &&
      isWhole(version, 1, 999_999_999)
        ? { agreementNumber, version }
        : null,
  },
  consent: {
    toParts: ({ at, id }) => [at.getTime(), id],
    fromParts: ([at, id, ...rest]) =>
      rest.length === 0 && isWhole(at, 0, 253_402_300_799_999) && typeof id === 'string' && UUID.test(id)
        ? { at: new Date(at), id }
        : null,
  },
  dispute: {
    toParts: ({ at, id }) => [at.getTime(), id],
    fromParts: ([at, id, ...rest]) =>
      rest.length === 0 && isWhole(at, 0, 253_402_300_799_999) && typeof id === 'string' && UUID.test(id)
        ? { at: new Date(at), id }
        : null,
  },
  accessLog: {
    toParts: ({ at, seq, filters }) => (filters === undefined ? [at, seq] : [at, seq, filters]),
    fromParts: ([at, seq, filters, ...rest]) => {
      if (rest.length > 0 || !isMicrosecondTime(at) || !isBigintText(seq)) return null;
      if (filters === undefined) return { at, seq };
      return typeof filters === 'string' && /^[0-9a-f]{16}$/.test(filters) ? { at, seq, filters } : null;
    },
  },
  citizenSearch: {
    toParts: ({ name, personalIdNumber }) => [name, personalIdNumber],
    fromParts: ([name, personalIdNumber, ...rest]) =>
      rest.length === 0 &&
      typeof name === 'string' &&
      name.length <= 1000 &&
      unsafeTextProblem(name) === null &&
      typeof personalIdNumber === 'string' &&
      /^\d{12}$/.test(personalIdNumber)
        ? { name, personalIdNumber }
        : null,
  },
  enterpriseSearch: {
    toParts: ({ name, enterpriseCode }) => [name, enterpriseCode],
    fromParts: ([name, enterpriseCode, ...rest]) =>
      rest.length === 0 &&
      typeof name === 'string' &&
      name.length <= 1000 &&
      unsafeTextProblem(name) === null &&
      typeof enterpriseCode === 'string' &&
      /^\d{10}$/.test(enterpriseCode)
        ? { name, enterpriseCode }
        : null,
  },
};

function isWhole(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= min && value <= max;
}

function isBigintText(value: unknown): value is string {
  return typeof value === 'string' && /^(0|[1-9]\d{0,18})$/.test(value) && BigInt(value) <= MAX_BIGINT;
}

/** A real UTC instant, 0001–9999, to the microsecond, as the log's positions are printed. */
function isMicrosecondTime(value: unknown): value is string {
  const match = typeof value === 'string' ? MICROSECOND_TIME.exec(value) : null;
  if (!match) return false;
  const [year, month, day, hour, minute, second] = match.slice(1).map(Number);
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return (
    year >= 1 &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 59
  );
}
