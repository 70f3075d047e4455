import { graphql } from '../../api/graphql';

/** Whose log the page shows: the citizen's own, or an enterprise they represent by law. */
export type LogSubject = { kind: 'me' } | { kind: 'enterprise'; enterpriseCode: string };

export interface Citation {
  instrument: string;
  article: string;
  clause: string | null;
  textVi: string;
}

export interface Basis {
  category: string;
  categoryTextVi: string | null;
  kind: string;
  agreementNumber: string | null;
  agreementVersion: number | null;
  citation: Citation | null;
  consentId: string | null;
}

export interface Checkpoint {
  size: string;
  rootHash: string;
  chainHash: string;
  createdAt: string;
  jws: string;
  cosignature: string | null;
}

/** One entry as AccessLogEntry gives it; the proof fields are null unless asked withProofs. */
export interface Entry {
  time: string;
  sealed: boolean;
  sealedUntil: string | null;
  readerKind: string | null;
  agencyCode: string | null;
  agencyName: string | null;
  officerId: string | null;
  caseReference: string | null;
  purpose: string | null;
  purposeText: string | null;
  bases: Basis[] | null;
  consentIds: string[] | null;
  categories: string[] | null;
  fields: string[] | null;
  /** The read was one lookup of many people at once; null on a sealed entry. */
  bulk: boolean | null;
  seq: string | null;
  leafHash: string | null;
  inclusionProof: string[] | null;
  checkpoint: Checkpoint | null;
  pendingCheckpoint: boolean | null;
}

export interface EntryPage {
  nodes: Entry[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
}

/** The period asked for: from (inclusive) to (exclusive), as instants. */
export interface LogWindow {
  from: string;
  to: string;
}

// Every field of an entry, proofs included: without withProofs the server leaves them null, so one
// selection serves the timeline, the proof and the export (which verify-log reads as it stands).
const ENTRY_FIELDS = `
  time sealed sealedUntil readerKind agencyCode agencyName officerId caseReference purpose purposeText
  bases { category categoryTextVi kind agreementNumber agreementVersion consentId
          citation { instrument article clause textVi } }
  consentIds categories fields bulk
  seq leafHash inclusionProof pendingCheckpoint
  checkpoint { size rootHash chainHash createdAt jws cosignature }`;

const FILTER_VARIABLES = '$agencyCode: String, $category: String, $basis: AccessBasisKind';
const FILTER_ARGS = 'agencyCode: $agencyCode, category: $category, basis: $basis';

const MY_LOG = `query MyAccessLog($from: DateTime!, $to: DateTime!, $first: Int!, $after: String, $withProofs: Boolean!, ${FILTER_VARIABLES}) {
  log: myAccessLog(from: $from, to: $to, first: $first, after: $after, withProofs: $withProofs, ${FILTER_ARGS}) {
    nodes { ${ENTRY_FIELDS} }
    pageInfo { endCursor hasNextPage }
  }
}`;

const ENTERPRISE_LOG = `query EnterpriseAccessLog($enterpriseCode: String!, $from: DateTime!, $to: DateTime!, $first: Int!, $after: String, $withProofs: Boolean!, ${FILTER_VARIABLES}) {
  log: enterpriseAccessLog(enterpriseCode: $enterpriseCode, from: $from, to: $to, first: $first, after: $after, withProofs: $withProofs, ${FILTER_ARGS}) {
    nodes { ${ENTRY_FIELDS} }
    pageInfo { endCursor hasNextPage }
  }
}`;

/** Which reads: by one agency, of one data category, on one kind of basis; null: all. */
export interface LogFilter {
  agencyCode: string | null;
  category: string | null;
  basis: 'LAW' | 'CONSENT' | null;
}

export const NO_FILTER: LogFilter = { agencyCode: null, category: null, basis: null };

export interface PageRequest {
  window: LogWindow;
  filter: LogFilter;
  first: number;
  after: string | null;
  withProofs: boolean;
}

/** One page of the subject's log, newest first. */
export async function fetchLogPage(subject: LogSubject, request: PageRequest): Promise<EntryPage> {
  const variables = {
    from: request.window.from,
    to: request.window.to,
    first: request.first,
    after: request.after,
    withProofs: request.withProofs,
    ...request.filter,
  };
  const { log } =
    subject.kind === 'me'
      ? await graphql<{ log: EntryPage }>(MY_LOG, variables)
      : await graphql<{ log: EntryPage }>(ENTERPRISE_LOG, { ...variables, enterpriseCode: subject.enterpriseCode });
  return log;
}

/** The largest page the API serves; the export pages through the window at this size. */
export const MAX_PAGE = 100;

/**
 * An entry again, with its seq, leaf hash, inclusion proof and the cosigned checkpoint: the log
 * has no look-up by entry, so it asks for the millisecond the entry was recorded in (the API's
 * times are whole milliseconds, the database's finer, so the entry falls inside) and picks the
 * entry that says the same thing. Null when none does (it was sealed since, say).
 */
export async function fetchEntryWithProof(subject: LogSubject, entry: Entry): Promise<Entry | null> {
  const from = new Date(entry.time);
  const to = new Date(from.getTime() + 1);
  const page = await fetchLogPage(subject, {
    window: { from: from.toISOString(), to: to.toISOString() },
    filter: NO_FILTER,
    first: MAX_PAGE,
    after: null,
    withProofs: true,
  });
  return page.nodes.find((candidate) => sameRead(candidate, entry)) ?? null;
}

/** Two answers of one read: everything but the proof fields agrees. */
export function sameRead(a: Entry, b: Entry): boolean {
  const { seq: _s, leafHash: _l, inclusionProof: _i, checkpoint: _c, pendingCheckpoint: _p, ...left } = a;
  const { seq: _s2, leafHash: _l2, inclusionProof: _i2, checkpoint: _c2, pendingCheckpoint: _p2, ...right } = b;
  return JSON.stringify(left) === JSON.stringify(right);
}

export interface EnterpriseRole {
  role: string;
  enterpriseCode: string;
  title: string | null;
}

const ROLES = `query MyEnterpriseRoles($personalIdNumber: String!) {
  citizen(personalIdNumber: $personalIdNumber) { enterpriseRoles { role title enterpriseCode } }
}`;

/** The enterprises whose log the citizen may read: where they are a current legal representative. */
export async function representedEnterprises(personalIdNumber: string): Promise<EnterpriseRole[]> {
  const { citizen } = await graphql<{ citizen: { enterpriseRoles: EnterpriseRole[] | null } | null }>(ROLES, {
    personalIdNumber,
  });
  return (citizen?.enterpriseRoles ?? []).filter((role) => role.role === 'legal_representative');
}

export interface Agency {
  code: string;
  nameVi: string;
}

/** The public directory of agencies, every page: the choices of the agency filter. */
export async function listAgencies(): Promise<Agency[]> {
  const agencies: Agency[] = [];
  let after: string | null = null;
  for (;;) {
    const {
      agencies: page,
    }: { agencies: { nodes: Agency[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } } } = await graphql(
      `
        query Agencies($after: String) {
          agencies(first: 100, after: $after) {
            nodes {
              code
              nameVi
            }
            pageInfo {
              endCursor
              hasNextPage
            }
          }
        }
      `,
      { after },
    );
    agencies.push(...page.nodes);
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return agencies;
    after = page.pageInfo.endCursor;
  }
}
