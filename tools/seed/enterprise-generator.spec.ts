import { enterpriseCodeProblem, parseBranchCode } from '@app/identifiers';
import { splitList } from '../../apps/business-registry/src/imports/enterprise-columns';
import { validateEnterpriseRow } from '../../apps/business-registry/src/imports/enterprise-row';
import { CitizenGenerator } from './citizen-generator';
import { EnterpriseGenerator } from './enterprise-generator';

const PREFIXES = new Set([
  '01',
  '02',
  '03',
  '04',
  '11',
  '18',
  '23',
  '28',
  '29',
  '35',
  '36',
  '37',
  '40',
  '42',
  '57',
  '60',
]);

describe('EnterpriseGenerator', () => {
  const many = [...new EnterpriseGenerator('spec', 5000).enterprises(20_000)];

  it('gives the same enterprises for the same seed, others for another', () => {
    const again = [...new EnterpriseGenerator('spec', 5000).enterprises(500)];
    expect(again).toEqual(many.slice(0, 500));
    const other = [...new EnterpriseGenerator('other', 5000).enterprises(500)];
    expect(other.map((e) => e.enterprise_code)).not.toEqual(again.map((e) => e.enterprise_code));
  });

  it('gives valid, unique codes with a plausible province prefix, over 20,000 enterprises', () => {
    const codes = many.map((e) => e.enterprise_code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.filter((code) => enterpriseCodeProblem(code) !== null)).toEqual([]);
    expect(codes.filter((code) => !PREFIXES.has(code.slice(0, 2)))).toEqual([]);
    const branches = many.flatMap((e) => splitList(e.branches).map(([code]) => code));
    expect(branches.length).toBeGreaterThan(1000);
    expect(new Set(branches).size).toBe(branches.length);
    expect(branches.filter((code) => parseBranchCode(code) === null)).toEqual([]);
  });

  it('takes representatives and owners from the adults the citizen generator gives for the seed', () => {
    const citizens = new Map(
      [...new CitizenGenerator('spec').citizens(5000)].map((c) => [c.personal_id_number, Number(c.birth_year)]),
    );
    for (const e of many.slice(0, 3000)) {
      const people = [
        ...splitList(e.legal_representatives).map(([id]) => id),
        ...splitList(e.owners)
          .filter(([kind]) => kind === 'person')
          .map(([, id]) => id),
      ];
      for (const id of people) {
        expect(citizens.has(id)).toBe(true);
        expect(citizens.get(id)).toBeLessThanOrEqual(2006);
      }
    }
  });

  it('has the mix the registry has: types, statuses, lines with one main, capital covered', () => {
    const share = (test: (e: (typeof many)[number]) => boolean) => many.filter(test).length / many.length;
    expect(share((e) => e.type === 'single_member_llc')).toBeGreaterThan(0.3);
    expect(share((e) => e.status === 'active')).toBeGreaterThan(0.75);
    expect(share((e) => e.status === 'dissolved')).toBeGreaterThan(0.02);
    expect(share((e) => e.name.startsWith('Công ty Cổ phần'))).toBeGreaterThan(0.1);
    expect(share((e) => e.business_lines.includes('VSIC2025'))).toBeGreaterThan(0);
    for (const e of many) {
      const lines = splitList(e.business_lines);
      expect(lines.length).toBeGreaterThanOrEqual(1);
      expect(lines.length).toBeLessThanOrEqual(4);
      expect(lines.filter((line) => line[2] === 'main')).toHaveLength(1);
      const owners = splitList(e.owners);
      expect(owners.length).toBeGreaterThanOrEqual(1);
      expect(owners.length).toBeLessThanOrEqual(5);
      const total = owners.reduce((sum, [, , amount]) => sum + BigInt(amount), 0n);
      expect(total <= BigInt(e.charter_capital)).toBe(true);
      expect(e.establishment_date >= '1991-01-01' && e.establishment_date <= '2026-10-31').toBe(true);
    }
  });

  it('gives rows that pass registerEnterprise rules', async () => {
    const today = new Date(Date.UTC(2026, 10, 1));
    for (const row of many.slice(0, 2000)) {
      const verdict = await validateEnterpriseRow(row, 'spec', today);
      expect(verdict.problems).toBeUndefined();
    }
  });
});
