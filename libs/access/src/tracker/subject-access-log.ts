import { createHash } from 'node:crypto';
import { InvalidInputError } from '@app/errors';
import type { CursorCodec } from '@app/pagination';
import { dataCategory } from '../policy';
import {
  readCosignedCheckpoint,
  readSubjectLog,
  type AccessRecordRow,
  type StoredCheckpoint,
  type SubjectLogFilter,
} from '../log/access-log-reader';
import { storedInclusionProof, type Query } from '../log/stored-subtree-source';
import type { AccessLogBasis, AccessLogConnection, AccessLogEntry, LogCheckpoint } from './access-log-entry.model';

/** Who a steward's read names, by the registry the steward keeps. */
const REGISTRY_OFFICES: Record<string, string> = {
  population: 'Cơ quan quản lý Cơ sở dữ liệu quốc gia về dân cư',
  business: 'Cơ quan đăng ký kinh doanh',
};

/** What a citizen reads as the reader of their own record. */
const YOU = 'Bạn';

export interface SubjectLogRequest extends SubjectLogFilter {
  from: Date;
  to: Date;
  first: number;
  after?: string | null;
  withProofs: boolean;
}

/** The code of a cursor asked with other filters than the page that made it. */
export const CURSOR_FILTERS_CHANGED = 'CURSOR_FILTERS_CHANGED';

/**
 * What a cursor is bound to: the filters of the page that made it (none: no fingerprint, as
 * cursors made before filters existed). A position means "after this entry of this list";
 * under other filters it is another list, whose earlier entries would be skipped unseen.
 */
function filtersFingerprint(filter: SubjectLogFilter): string | undefined {
  const { agencyCode = null, category = null, basis = null } = filter;
  if (agencyCode === null && category === null && basis === null) return undefined;
  return createHash('sha256')
    .update(JSON.stringify([agencyCode, category, basis]))
    .digest('hex')
    .slice(0, 16);
}

/**
 * One page of a subject's access log as its owner reads it: every release of the subject's
 * data, newest first, with who read, for what, on what basis, which fields; sealed entries
 * reduced to their time and opening date; with `withProofs`, each open entry's inclusion
 * proof against the newest checkpoint the witness has cosigned. Its cursors are sealed by
 * `cursors`: a page that ends on a sealed entry must not give away that entry's seq.
 */
export async function subjectAccessLog(
  query: Query,
  subject: { kind: 'citizen' | 'enterprise'; id: string },
  request: SubjectLogRequest,
  cursors: CursorCodec,
): Promise<AccessLogConnection> {
  if (request.to.getTime() <= request.from.getTime()) throw new InvalidInputError('to', 'must be later than from');
  const filters = filtersFingerprint(request);
  const after = request.after ? cursors.decode('accessLog', request.after) : null;
  if (after && after.filters !== filters) {
    throw new InvalidInputError(
      'after',
      'was made for a page of other filters (agencyCode, category, basis): start again without it',
      CURSOR_FILTERS_CHANGED,
    );
  }
  const page = await readSubjectLog(query, subject, request, request.first, after, request);
  const checkpoint = request.withProofs ? await readCosignedCheckpoint(query) : null;
  const nodes = await Promise.all(
    page.rows.map(async (row) => {
      if (row.sealed) return sealedEntry(row);
      const entry = accessLogEntryOf(row);
      return request.withProofs ? { ...entry, ...(await proofOf(query, row, checkpoint)) } : entry;
    }),
  );
  const last = page.rows[page.rows.length - 1];
  return {
    nodes,
    pageInfo: {
      endCursor: last
        ? cursors.encode('accessLog', { at: last.position_at, seq: last.seq, ...(filters ? { filters } : {}) })
        : null,
      hasNextPage: page.hasNextPage,
    },
  };
}

const NOTHING: Omit<AccessLogEntry, 'time' | 'sealed' | 'sealedUntil'> = {
  readerKind: null,
  agencyCode: null,
  agencyName: null,
  officerId: null,
  caseReference: null,
  purpose: null,
  purposeText: null,
  bases: null,
  consentIds: null,
  categories: null,
  fields: null,
  bulk: null,
  seq: null,
  leafHash: null,
  inclusionProof: null,
  checkpoint: null,
  pendingCheckpoint: null,
};

/** A covert read before its date: that it happened, and when it opens; nothing else. */
function sealedEntry(row: AccessRecordRow): AccessLogEntry {
  return { ...NOTHING, time: row.recorded_at, sealed: true, sealedUntil: row.sealed_until };
}

/** A record as its subject reads it (no proof). */
export function accessLogEntryOf(row: AccessRecordRow): AccessLogEntry {
  const reader = readerOf(row);
  return {
    ...NOTHING,
    time: row.recorded_at,
    sealed: row.sealed,
    sealedUntil: row.sealed_until,
    readerKind: reader.kind,
    agencyCode: row.agency_code,
    agencyName: reader.name,
    officerId: reader.officerId,
    caseReference: row.case_reference,
    purpose: row.purpose,
    purposeText: row.purpose_text_vi,
    bases: accessLogBasesOf(row.bases),
    consentIds: row.consent_ids,
    categories: row.categories,
    fields: row.fields,
    bulk: row.bulk,
  };
}

function readerOf(row: AccessRecordRow): { kind: string; name: string | null; officerId: string | null } {
  switch (row.caller_kind) {
    case 'agency':
      // An agency no longer in the directory is still named, by its code.
      return { kind: 'AGENCY', name: row.agency_name_vi ?? row.agency_code, officerId: row.officer_id };
    case 'steward': {
      const [registry, stewardId] = row.caller_id.split('/', 2);
      return { kind: 'STEWARD', name: REGISTRY_OFFICES[registry] ?? registry, officerId: stewardId ?? null };
    }
    case 'citizen':
      return row.subject_kind === 'citizen' && row.caller_id === row.subject_id
        ? { kind: 'SELF', name: YOU, officerId: null }
        : { kind: 'CITIZEN', name: null, officerId: null };
    default:
      return { kind: row.caller_kind.toUpperCase(), name: null, officerId: null };
  }
}

/** The stored bases of a record, one per category, in category order. */
export function accessLogBasesOf(bases: Record<string, Record<string, unknown>>): AccessLogBasis[] {
  return Object.keys(bases)
    .sort()
    .map((category) => {
      const basis = bases[category];
      const citation = basis.citation as AccessLogBasis['citation'] | undefined;
      return {
        category,
        categoryTextVi: dataCategory(category)?.textVi ?? null,
        kind: String(basis.kind).toUpperCase(),
        agreementNumber: typeof basis.agreementNumber === 'string' ? basis.agreementNumber : null,
        agreementVersion: typeof basis.version === 'number' ? basis.version : null,
        citation: citation
          ? {
              instrument: citation.instrument,
              article: citation.article,
              clause: citation.clause ?? null,
              textVi: citation.textVi,
            }
          : null,
        consentId: typeof basis.consentId === 'string' ? basis.consentId : null,
        reason: typeof basis.reason === 'string' ? basis.reason : null,
      };
    });
}

/** A stored checkpoint as GraphQL shows it. */
export function logCheckpointOf(checkpoint: StoredCheckpoint): LogCheckpoint {
  return {
    size: String(checkpoint.size),
    rootHash: checkpoint.rootHash.toString('base64url'),
    chainHash: checkpoint.chainHash.toString('base64url'),
    createdAt: checkpoint.createdAt,
    jws: checkpoint.jws,
    cosignature: checkpoint.cosignature,
  };
}

async function proofOf(
  query: Query,
  row: AccessRecordRow,
  checkpoint: StoredCheckpoint | null,
): Promise<Pick<AccessLogEntry, 'seq' | 'leafHash' | 'inclusionProof' | 'checkpoint' | 'pendingCheckpoint'>> {
  const seq = Number(row.seq);
  const proof = { seq: row.seq, leafHash: row.leaf_hash.toString('base64url') };
  if (!checkpoint || seq >= checkpoint.size) {
    return { ...proof, inclusionProof: null, checkpoint: null, pendingCheckpoint: true };
  }
  return {
    ...proof,
    inclusionProof: await storedInclusionProof(query, seq, checkpoint.size),
    checkpoint: logCheckpointOf(checkpoint),
    pendingCheckpoint: false,
  };
}
