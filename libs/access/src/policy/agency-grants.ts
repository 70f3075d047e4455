import type { DataSource } from 'typeorm';
import { VIETNAM_TODAY } from './agreement-daily-records';
import type { AccessBasis, LegalCitation } from './decision';

/** An agreement's daily record limit, and the records already released under it today. */
export interface DailyRecordLimit {
  recordsPerDay: number;
  recordedToday: number;
}

/** What an agency's approved agreements allow for one purpose, right now. */
export interface AgencyGrants {
  /** False when the agency or its system may not read at all (unregistered, suspended, revoked). */
  active: boolean;
  byCategory: Map<string, Extract<AccessBasis, { kind: 'agreement' }>>;
  /** The lowest requests-per-minute limit among the agreements in force; null when none states one. */
  requestsPerMinute: number | null;
  /** By agreement number, the agreements in force that limit their records per day (absent: no limit). */
  dailyLimits?: Map<string, DailyRecordLimit>;
}

interface GrantRow {
  system_status: string;
  agency_status: string;
  id: string | null;
  agreement_number: string | null;
  version: number | null;
  categories: string[] | null;
  legal_instrument: string | null;
  legal_article: string | null;
  legal_clause: string | null;
  legal_text_vi: string | null;
  requests_per_minute: number | null;
  records_per_day: number | null;
  recorded_today: number;
  sealed_disclosure_days: number | null;
}

/**
 * One round trip per request: the system's and agency's status, and every approved
 * agreement in force for this purpose, with the records released under it today. Read fresh
 * every time, so a narrowed or withdrawn agreement, or a suspended system, takes effect at the
 * very next request.
 */
const GRANTS_SQL = `
  SELECT s.status AS system_status, ag.status AS agency_status,
         a.id, a.agreement_number, a.version, a.categories, a.legal_instrument, a.legal_article,
         a.legal_clause, a.legal_text_vi, a.requests_per_minute, a.records_per_day,
         COALESCE(d.records, 0) AS recorded_today, a.sealed_disclosure_days
    FROM access.agency_systems s
    JOIN access.agencies ag ON ag.code = s.agency_code
    LEFT JOIN access.agreements a
           ON a.agency_code = s.agency_code AND a.status = 'approved' AND $3 = ANY(a.purposes)
          AND a.valid_from <= now() AND (a.valid_to IS NULL OR a.valid_to > now())
    LEFT JOIN access.agreement_daily_records d
           ON d.agency_code = a.agency_code AND d.agreement_number = a.agreement_number AND d.day = ${VIETNAM_TODAY}
   WHERE s.client_id = $1 AND s.agency_code = $2
   ORDER BY a.agreement_number, a.version`;

export async function loadAgencyGrants(
  dataSource: DataSource,
  agencyCode: string,
  clientId: string,
  purpose: string,
): Promise<AgencyGrants> {
  const rows: GrantRow[] = await dataSource.query(GRANTS_SQL, [clientId, agencyCode, purpose]);
  const active = rows.length > 0 && rows[0].system_status === 'active' && rows[0].agency_status === 'active';
  const grants: AgencyGrants = { active, byCategory: new Map(), requestsPerMinute: null, dailyLimits: new Map() };
  if (!active) return grants;
  for (const row of rows) {
    if (!row.id) continue;
    if (row.records_per_day !== null) {
      grants.dailyLimits!.set(row.agreement_number!, {
        recordsPerDay: row.records_per_day,
        recordedToday: Number(row.recorded_today),
      });
    }
    const citation: LegalCitation = {
      instrument: row.legal_instrument!,
      article: row.legal_article!,
      clause: row.legal_clause,
      textVi: row.legal_text_vi!,
    };
    for (const category of row.categories ?? []) {
      if (!grants.byCategory.has(category)) {
        grants.byCategory.set(category, {
          kind: 'agreement',
          agreementId: row.id,
          agreementNumber: row.agreement_number!,
          version: row.version!,
          citation,
          sealedDisclosureDays: row.sealed_disclosure_days,
        });
      }
    }
    if (row.requests_per_minute !== null) {
      grants.requestsPerMinute = Math.min(grants.requestsPerMinute ?? Infinity, row.requests_per_minute);
    }
  }
  return grants;
}
