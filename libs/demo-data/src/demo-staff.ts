/** A demo staff member of the development console sign-in (never in production). */
export interface DemoStaffMember {
  kind: 'steward' | 'admin' | 'auditor';
  id: string;
  /** The registry a steward curates; null for administrators and auditors. */
  registry: 'population' | 'business' | null;
  name: string;
}

/**
 * Who a newcomer can be in the console: two population stewards (one asks, the other approves:
 * the four-eyes rule), a business steward, two administrators (one registers, the other
 * approves) and an auditor. The ids are the token's `sub`, as the log and the history name them.
 */
export const DEMO_STAFF: readonly DemoStaffMember[] = [
  { kind: 'steward', id: 'st-lan', registry: 'population', name: 'Nguyễn Thị Lan' },
  { kind: 'steward', id: 'st-minh', registry: 'population', name: 'Trần Văn Minh' },
  { kind: 'steward', id: 'st-hoa', registry: 'business', name: 'Lê Thị Hoa' },
  { kind: 'admin', id: 'adm-an', registry: null, name: 'Phạm Văn An' },
  { kind: 'admin', id: 'adm-binh', registry: null, name: 'Hoàng Thị Bình' },
  { kind: 'auditor', id: 'aud-chi', registry: null, name: 'Vũ Thị Chi' },
];
