import { graphql } from '../../api/graphql';

interface Purpose {
  code: string;
  textVi: string;
  textEn: string;
}

export interface LawRule {
  agreementNumber: string;
  agreementVersion: number;
  agencyCode: string;
  agencyName: string;
  purposes: Purpose[];
  citation: { instrument: string; article: string; clause: string | null; textVi: string };
  validFrom: string;
  validTo: string | null;
  sealedDisclosureDays: number | null;
}

export interface ConsentRule {
  consentId: string;
  agencyCode: string;
  agencyName: string;
  purpose: Purpose;
  status: 'ACTIVE' | 'PAUSED' | 'REVOKED' | 'SPENT' | 'EXPIRED';
  validFrom: string;
  validTo: string;
}

export interface CategoryRules {
  category: string;
  byLaw: LawRule[];
  byConsent: ConsentRule[];
}

const RULES = `query MyAccessRules { myAccessRules { category
  byLaw { agreementNumber agreementVersion agencyCode agencyName validFrom validTo sealedDisclosureDays
          purposes { code textVi textEn } citation { instrument article clause textVi } }
  byConsent { consentId agencyCode agencyName status validFrom validTo purpose { code textVi textEn } } } }`;

/** Who may read each category of the citizen's data: agreements in force, and the citizen's own consents. */
export async function loadAccessRules(): Promise<Map<string, CategoryRules>> {
  const { myAccessRules } = await graphql<{ myAccessRules: CategoryRules[] }>(RULES);
  return new Map(myAccessRules.map((rules) => [rules.category, rules]));
}
