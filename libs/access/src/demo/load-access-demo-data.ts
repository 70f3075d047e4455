import type { EntityManager } from 'typeorm';

/** When the demo agreements start to apply (Vietnam time). */
const DEMO_AGREEMENTS_FROM = '2026-01-01T00:00:00+07:00';

/** The demo records of libs/demo-data the core loads (given, as that lib names the core's categories). */
export interface AccessDemoRows {
  agencies: readonly { code: string; nameVi: string; level: string; parent: string | null }[];
  purposes: readonly { code: string; textVi: string; textEn: string; consentBased?: boolean }[];
  systems: readonly { clientId: string; agencyCode: string; name: string }[];
  agreements: readonly {
    agreementNumber: string;
    agencyCode: string;
    categories: readonly string[];
    purposes: readonly string[];
    legalInstrument: string;
    legalArticle: string | null;
    legalClause: string | null;
    legalTextVi: string;
    requestsPerMinute: number | null;
    sealedDisclosureDays: number | null;
  }[];
}

/**
 * The access core's demo rows: the demo agencies, purposes, systems and approved agreements.
 * Idempotent, like every demo load: a row that exists by its natural key is skipped, so what an
 * administrator changed since stays. Returns how many rows were new.
 */
export async function loadAccessDemoData(manager: EntityManager, demo: AccessDemoRows): Promise<number> {
  let inserted = 0;
  const run = async (sql: string, parameters: unknown[]) => {
    // INSERT … RETURNING answers with the rows it inserted: none when the row existed.
    const rows = await manager.query<unknown[]>(sql, parameters);
    inserted += rows.length;
  };
  for (const a of demo.agencies) {
    await run(
      `INSERT INTO access.agencies (code, name_vi, level, status, parent_id)
       VALUES ($1, $2, $3, 'active', (SELECT id FROM access.agencies WHERE code = $4))
       ON CONFLICT (code) DO NOTHING RETURNING id`,
      [a.code, a.nameVi, a.level, a.parent],
    );
  }
  for (const p of demo.purposes) {
    await run(
      `INSERT INTO access.purposes (code, text_vi, text_en, consent_based) VALUES ($1, $2, $3, $4)
       ON CONFLICT (code) DO NOTHING RETURNING code`,
      [p.code, p.textVi, p.textEn, p.consentBased === true],
    );
  }
  for (const s of demo.systems) {
    await run(
      `INSERT INTO access.agency_systems
         (client_id, agency_code, name, status, registered_by, approved_by, approved_at)
       VALUES ($1, $2, $3, 'active', 'demo-data', 'demo-data', now())
       ON CONFLICT (client_id) DO NOTHING RETURNING client_id`,
      [s.clientId, s.agencyCode, s.name],
    );
  }
  // Version 1 of each, approved. Skipped once any version 1 exists, so an agreement that was
  // amended or withdrawn since stays as the administrators left it.
  for (const a of demo.agreements) {
    await run(
      `INSERT INTO access.agreements
         (agreement_number, version, agency_code, categories, purposes, legal_instrument, legal_article,
          legal_clause, legal_text_vi, valid_from, requests_per_minute, sealed_disclosure_days, status,
          proposed_by, decided_by, decided_at, change_note)
       VALUES ($1, 1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'approved', 'demo-data', 'demo-data', now(),
               'Thỏa thuận mẫu (dữ liệu thử nghiệm)')
       ON CONFLICT DO NOTHING RETURNING id`,
      [
        a.agreementNumber,
        a.agencyCode,
        [...a.categories].sort(),
        [...a.purposes].sort(),
        a.legalInstrument,
        a.legalArticle,
        a.legalClause,
        a.legalTextVi,
        DEMO_AGREEMENTS_FROM,
        a.requestsPerMinute,
        a.sealedDisclosureDays,
      ],
    );
  }
  return inserted;
}
