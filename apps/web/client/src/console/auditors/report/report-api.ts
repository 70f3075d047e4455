import { consoleGraphql } from '../../api/console-graphql';
import type { DayReads } from './report-filter';

export interface AccessLogReport {
  released: number;
  refused: number;
  distinctSubjects: number;
  byCategory: { category: string; released: number; refused: number }[];
  /** Absent when the period is too long to be counted per day. */
  byDay?: DayReads[];
}

export interface ReportQuery {
  agencyCode: string | null;
  purpose: string | null;
  from: string;
  to: string;
}

/** The counts, with the reads per day when `perDay` (a period of at most 366 days). */
export async function fetchReport(query: ReportQuery, perDay: boolean): Promise<AccessLogReport> {
  const { accessLogReport } = await consoleGraphql<{ accessLogReport: AccessLogReport }>(
    `query AccessLogReport($agencyCode: String, $purpose: String, $from: DateTime!, $to: DateTime!, $perDay: Boolean!) {
      accessLogReport(agencyCode: $agencyCode, purpose: $purpose, from: $from, to: $to) {
        released refused distinctSubjects byCategory { category released refused }
        byDay @include(if: $perDay) { day released refused } } }`,
    { ...query, perDay },
  );
  return accessLogReport;
}

export interface Choice {
  code: string;
  name: string;
}

/** The agencies and purposes the form offers, by code and Vietnamese name. */
export async function fetchChoices(): Promise<{ agencies: Choice[]; purposes: (Choice & { nameEn: string })[] }> {
  const agencies: Choice[] = [];
  let after: string | null = null;
  for (;;) {
    const {
      agencies: page,
    }: {
      agencies: {
        nodes: { code: string; nameVi: string }[];
        pageInfo: { endCursor: string | null; hasNextPage: boolean };
      };
    } = await consoleGraphql(
      `query Agencies($after: String) { agencies(first: 100, after: $after) { nodes { code nameVi } pageInfo { endCursor hasNextPage } } }`,
      { after },
    );
    agencies.push(...page.nodes.map((agency) => ({ code: agency.code, name: agency.nameVi })));
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) break;
    after = page.pageInfo.endCursor;
  }
  const { purposes } = await consoleGraphql<{ purposes: { code: string; textVi: string; textEn: string }[] }>(
    'query Purposes { purposes { code textVi textEn } }',
  );
  return {
    agencies,
    purposes: purposes.map((purpose) => ({ code: purpose.code, name: purpose.textVi, nameEn: purpose.textEn })),
  };
}

export interface AccessRecordRow {
  seq: string;
  time: string;
  outcome: 'RELEASED' | 'REFUSED';
  callerKind: string;
  callerId: string;
  agencyCode: string | null;
  agencyName: string | null;
  officerId: string | null;
  caseReference: string | null;
  purpose: string | null;
  subjectKind: 'CITIZEN' | 'ENTERPRISE';
  subjectId: string;
  categories: string[];
  sealedUntil: string | null;
}

export interface AccessRecordPage {
  nodes: AccessRecordRow[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
}

/** The records behind the report, newest first, with the same filters (and an outcome). */
export async function fetchRecords(
  query: ReportQuery & { outcome: 'RELEASED' | 'REFUSED' | null },
  first: number,
  after: string | null,
): Promise<AccessRecordPage> {
  const { accessRecords } = await consoleGraphql<{ accessRecords: AccessRecordPage }>(
    `query AccessRecords($agencyCode: String, $purpose: String, $from: DateTime!, $to: DateTime!,
        $outcome: AccessOutcome, $first: Int!, $after: String) {
      accessRecords(agencyCode: $agencyCode, purpose: $purpose, from: $from, to: $to, outcome: $outcome,
          first: $first, after: $after) {
        nodes { seq time outcome callerKind callerId agencyCode agencyName officerId caseReference purpose
          subjectKind subjectId categories sealedUntil }
        pageInfo { endCursor hasNextPage } } }`,
    { ...query, first, after },
  );
  return accessRecords;
}
