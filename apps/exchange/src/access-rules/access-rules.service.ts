import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { CitizenPrincipal } from '@app/auth';
import { categoriesOfKind, dataCategory } from '@app/access';
import { ConsentStatusValue } from '../consents/consent.model';
import type { AccessRulePurpose, CategoryAccessRules, ConsentAccessRule, LawAccessRule } from './access-rules.model';

interface AgreementRow {
  agreement_number: string;
  version: number;
  agency_code: string;
  agency_name_vi: string;
  categories: string[];
  purposes: string[];
  legal_instrument: string;
  legal_article: string;
  legal_clause: string | null;
  legal_text_vi: string;
  valid_from: Date;
  valid_to: Date | null;
  sealed_disclosure_days: number | null;
}

interface ConsentRow {
  id: string;
  agency_code: string;
  agency_name_vi: string;
  purpose: string;
  categories: string[];
  status: string;
  valid_from: Date;
  valid_to: Date;
}

interface PurposeRow {
  code: string;
  text_vi: string;
  text_en: string;
}

/**
 * Agreements the policy would use now (libs/access/src/policy/agency-grants): approved, in their window,
 * of an active agency; any purpose, since the citizen asks who may read, not for what.
 */
const AGREEMENTS_IN_FORCE = `
  SELECT a.agreement_number, a.version, a.agency_code, ag.name_vi AS agency_name_vi, a.categories, a.purposes,
         a.legal_instrument, a.legal_article, a.legal_clause, a.legal_text_vi, a.valid_from, a.valid_to,
         a.sealed_disclosure_days
    FROM access.agreements a JOIN access.agencies ag ON ag.code = a.agency_code
   WHERE a.status = 'approved' AND ag.status = 'active' AND a.categories && $1::text[]
     AND a.valid_from <= now() AND (a.valid_to IS NULL OR a.valid_to > now())
   ORDER BY a.agency_code, a.agreement_number`;

/** The citizen's own consents that may read, or may again once resumed: not yet ended. */
const OPEN_CONSENTS = `
  SELECT c.id, c.agency_code, ag.name_vi AS agency_name_vi, c.purpose, c.categories, c.status,
         c.valid_from, c.valid_to
    FROM access.consents c JOIN access.agencies ag ON ag.code = c.agency_code
   WHERE c.personal_id_number = $1 AND c.status IN ('active', 'paused') AND c.valid_to > now()
   ORDER BY c.agency_code, c.granted_at, c.id`;

/**
 * Who may read a citizen's data, per category of it: by law (the agreements in force, whoever
 * their subjects are: a law names no one) and by the citizen's own consents (theirs only).
 */
@Injectable()
export class AccessRulesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async forCitizen(citizen: CitizenPrincipal): Promise<CategoryAccessRules[]> {
    const categories = categoriesOfKind('citizen');
    const [agreements, consents] = await Promise.all([
      this.dataSource.query<AgreementRow[]>(AGREEMENTS_IN_FORCE, [categories]),
      this.dataSource.query<ConsentRow[]>(OPEN_CONSENTS, [citizen.personalIdNumber]),
    ]);
    const purposes = await this.purposes([
      ...agreements.flatMap((row) => row.purposes),
      ...consents.map((row) => row.purpose),
    ]);
    return categories.map((category) => {
      const { textVi, textEn } = dataCategory(category)!;
      return {
        category,
        textVi,
        textEn,
        byLaw: agreements.filter((row) => row.categories.includes(category)).map((row) => lawRule(row, purposes)),
        byConsent: consents.filter((row) => row.categories.includes(category)).map((row) => consentRule(row, purposes)),
      };
    });
  }

  private async purposes(codes: string[]): Promise<Map<string, AccessRulePurpose>> {
    const unique = [...new Set(codes)];
    if (unique.length === 0) return new Map();
    const rows = await this.dataSource.query<PurposeRow[]>(
      'SELECT code, text_vi, text_en FROM access.purposes WHERE code = ANY($1::text[])',
      [unique],
    );
    return new Map(rows.map((row) => [row.code, { code: row.code, textVi: row.text_vi, textEn: row.text_en }]));
  }
}

/** A purpose not in the catalogue (never, by the foreign keys of agreements) is still named, by its code. */
function purposeOf(code: string, purposes: Map<string, AccessRulePurpose>): AccessRulePurpose {
  return purposes.get(code) ?? { code, textVi: code, textEn: code };
}

function lawRule(row: AgreementRow, purposes: Map<string, AccessRulePurpose>): LawAccessRule {
  return {
    agreementNumber: row.agreement_number,
    agreementVersion: row.version,
    agencyCode: row.agency_code,
    agencyName: row.agency_name_vi,
    purposes: [...row.purposes].sort().map((code) => purposeOf(code, purposes)),
    citation: {
      instrument: row.legal_instrument,
      article: row.legal_article,
      clause: row.legal_clause,
      textVi: row.legal_text_vi,
    },
    validFrom: row.valid_from,
    validTo: row.valid_to,
    sealedDisclosureDays: row.sealed_disclosure_days,
  };
}

function consentRule(row: ConsentRow, purposes: Map<string, AccessRulePurpose>): ConsentAccessRule {
  return {
    consentId: row.id,
    agencyCode: row.agency_code,
    agencyName: row.agency_name_vi,
    purpose: purposeOf(row.purpose, purposes),
    status: row.status as ConsentStatusValue,
    validFrom: row.valid_from,
    validTo: row.valid_to,
  };
}
