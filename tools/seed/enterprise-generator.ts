import { enterpriseCheckDigit, LEGACY_PROVINCES, provinceSinceMerger, searchKey } from '@app/identifiers';
import { joinList, type EnterpriseCsvRow, type EnterpriseType } from '../../apps/business-registry/src';
import { CitizenGenerator } from './citizen-generator';
import { SeededRandom, WeightedChoice } from './prng';
import { PLACE_NAMES, STREETS } from './vietnamese-names';

/** Establishment dates run from the Law on Companies 1990 taking effect to this day (fixed, for determinism). */
const FIRST_DAY = Date.UTC(1991, 0, 1);
const LAST_DAY = Date.UTC(2026, 9, 31);
const DAY = 86_400_000;
const MERGER_DAY = Date.UTC(2025, 6, 1);
const VSIC_2025_DAY = Date.UTC(2025, 10, 15);
/** Representatives and owners are citizens of at least this age in 2026. */
const ADULT_BORN_BY = 2026 - 20;
const OLDEST_BORN = 1940;
const SERIALS = 10_000_000;
// Odd and not a multiple of 5, so coprime with 10^7: n ↦ n·STEP mod 10^7 is a bijection.
const SERIAL_STEP = 3_141_593;

/**
 * Tax-office prefixes (the code's first two digits) with the legacy province of the head
 * office and a weight roughly following where enterprises register. Plausible, not an
 * official table: 01 Hà Nội, 02 Hải Phòng, 03 TP Hồ Chí Minh, 04 Đà Nẵng are well known.
 */
const PREFIXES: readonly (readonly [string, string, number])[] = [
  ['01', '001', 30],
  ['03', '079', 33],
  ['02', '031', 5],
  ['04', '048', 4],
  ['37', '074', 5],
  ['36', '075', 4],
  ['35', '077', 2],
  ['18', '092', 2],
  ['57', '022', 2],
  ['23', '027', 2],
  ['28', '038', 2],
  ['29', '040', 2],
  ['42', '056', 2],
  ['11', '080', 1],
  ['60', '068', 1],
  ['40', '066', 1],
];

const TYPES: readonly (readonly [EnterpriseType, number])[] = [
  ['single_member_llc', 38],
  ['multi_member_llc', 22],
  ['joint_stock_company', 17],
  ['household_business', 15],
  ['private_enterprise', 5],
  ['cooperative', 2.7],
  ['partnership', 0.3],
];

/** Charter capital in millions of VND, drawn log-uniformly between these bounds. */
const CAPITAL_MILLIONS: Readonly<Record<EnterpriseType, readonly [number, number]>> = {
  household_business: [10, 2_000],
  private_enterprise: [100, 10_000],
  single_member_llc: [100, 50_000],
  multi_member_llc: [500, 100_000],
  joint_stock_company: [1_000, 2_000_000],
  partnership: [500, 20_000],
  cooperative: [50, 5_000],
};

const OWNERS: Readonly<Record<EnterpriseType, readonly [number, number]>> = {
  household_business: [1, 1],
  private_enterprise: [1, 1],
  single_member_llc: [1, 1],
  multi_member_llc: [2, 5],
  joint_stock_company: [3, 5],
  partnership: [2, 5],
  cooperative: [3, 5],
};

const TITLES: Readonly<Record<EnterpriseType, readonly string[]>> = {
  household_business: ['Chủ hộ kinh doanh'],
  private_enterprise: ['Chủ doanh nghiệp', 'Giám đốc'],
  single_member_llc: ['Giám đốc', 'Chủ tịch công ty', 'Tổng giám đốc'],
  multi_member_llc: ['Giám đốc', 'Chủ tịch Hội đồng thành viên', 'Tổng giám đốc'],
  joint_stock_company: ['Tổng giám đốc', 'Chủ tịch Hội đồng quản trị', 'Giám đốc'],
  partnership: ['Thành viên hợp danh'],
  cooperative: ['Giám đốc', 'Chủ tịch Hội đồng quản trị'],
};

/**
 * VSIC 4-digit classes with a weight and the words a company doing that work puts in its
 * name. The codes are VSIC 2018 classes; records from 15 Nov 2025 carry them as VSIC2025
 * too, which is plausible for these classes but not checked against the 2025 annex.
 */
const LINES: readonly (readonly [string, number, string])[] = [
  ['4711', 6, 'Thương mại'],
  ['4719', 4, 'Thương mại Tổng hợp'],
  ['4722', 3, 'Thực phẩm'],
  ['4741', 2, 'Thiết bị Tin học'],
  ['4752', 2, 'Vật liệu Xây dựng'],
  ['4649', 4, 'Thương mại và Dịch vụ'],
  ['4659', 3, 'Thiết bị Công nghiệp'],
  ['4669', 3, 'Xuất nhập khẩu'],
  ['4690', 4, 'Thương mại Xuất nhập khẩu'],
  ['4632', 2, 'Nông sản Thực phẩm'],
  ['4101', 4, 'Xây dựng'],
  ['4102', 2, 'Xây dựng Công trình'],
  ['4290', 2, 'Xây dựng Hạ tầng'],
  ['4321', 2, 'Điện Lạnh'],
  ['4330', 2, 'Trang trí Nội thất'],
  ['5610', 4, 'Nhà hàng'],
  ['5630', 3, 'Cà phê'],
  ['5510', 2, 'Khách sạn'],
  ['4933', 3, 'Vận tải'],
  ['5229', 2, 'Logistics'],
  ['6201', 3, 'Công nghệ Phần mềm'],
  ['6202', 1, 'Giải pháp Công nghệ'],
  ['6311', 1, 'Dữ liệu Số'],
  ['7020', 3, 'Tư vấn Quản lý'],
  ['7110', 2, 'Tư vấn Thiết kế'],
  ['7310', 2, 'Truyền thông Quảng cáo'],
  ['8299', 2, 'Dịch vụ'],
  ['1410', 2, 'May mặc'],
  ['1079', 1, 'Chế biến Thực phẩm'],
  ['2511', 1, 'Cơ khí'],
  ['3100', 1, 'Nội thất'],
  ['0118', 1, 'Nông nghiệp'],
  ['0321', 1, 'Thủy sản'],
  ['6810', 3, 'Đầu tư Bất động sản'],
  ['8559', 2, 'Giáo dục'],
  ['9631', 1, 'Làm đẹp'],
  ['4520', 2, 'Ô tô'],
  ['8620', 1, 'Y tế'],
];

const BRAND_WORDS = [
  'An',
  'Bảo',
  'Bình',
  'Đại',
  'Đức',
  'Gia',
  'Hải',
  'Hòa',
  'Hoàng',
  'Hưng',
  'Khang',
  'Kim',
  'Lộc',
  'Long',
  'Minh',
  'Nam',
  'Ngọc',
  'Phát',
  'Phú',
  'Phúc',
  'Quang',
  'Sao',
  'Sơn',
  'Tài',
  'Tân',
  'Thành',
  'Thịnh',
  'Thuận',
  'Tiến',
  'Trường',
  'Việt',
  'Vĩnh',
  'Xuân',
  'Hồng',
  'Đông',
  'Tây',
  'Trung',
  'Anh',
  'Thái',
  'Hà',
].map((word) => word.normalize('NFC'));

const FOREIGN_INVESTORS = [
  'Sakura Holdings Co., Ltd.',
  'Han River Investment Corporation',
  'Lion City Capital Pte. Ltd.',
  'Pacific Bridge Ventures Limited',
  'Golden Harbour Trading Limited',
  'Mekong Partners Fund L.P.',
];

const PROVINCE_NAMES = new Map(
  LEGACY_PROVINCES.map((province) => [province.code, province.name.replace(/^Thành phố /, '')]),
);
const NAME_FORMS: Readonly<Record<EnterpriseType, readonly string[]>> = {
  household_business: ['Hộ kinh doanh'],
  private_enterprise: ['Doanh nghiệp tư nhân'],
  single_member_llc: ['Công ty TNHH', 'Công ty TNHH Một thành viên', 'Công ty TNHH MTV'],
  multi_member_llc: ['Công ty TNHH'],
  joint_stock_company: ['Công ty Cổ phần'],
  partnership: ['Công ty Hợp danh'],
  cooperative: ['Hợp tác xã'],
};
const FOREIGN_FORMS: Partial<Record<EnterpriseType, string>> = {
  single_member_llc: 'Company Limited',
  multi_member_llc: 'Company Limited',
  joint_stock_company: 'Joint Stock Company',
};

/**
 * Synthetic enterprises for the business registry: valid, unique enterprise codes with a
 * plausible tax-office prefix, names by type, statuses, dates, head offices, exact charter
 * capital, business lines with one main, and representatives and owners who are adults
 * among the first `citizenCount` citizens CitizenGenerator gives for the same seed, so that
 * they exist in the population registry when both are seeded. Deterministic for a seed.
 */
export class EnterpriseGenerator {
  private readonly random: SeededRandom;
  private readonly prefix = new WeightedChoice(PREFIXES.map(([prefix, , weight]) => [prefix, weight] as const));
  private readonly provinceOf = new Map(PREFIXES.map(([prefix, province]) => [prefix, province]));
  private readonly type = new WeightedChoice(TYPES);
  private readonly line = new WeightedChoice(LINES.map((line, i) => [i, line[1]] as const));
  private readonly year: WeightedChoice<number>;
  private readonly serials = new Map<string, { next: number; offset: number }>();
  private readonly adults: string[] = [];
  private readonly bornIn: number[] = [];
  /** The latest birth year of a representative or owner of the enterprise being generated. */
  private bornBy = ADULT_BORN_BY;
  /** Codes generated lately: the enterprises another one may own a share of. */
  private readonly recentCodes: string[] = [];

  constructor(
    private readonly seed: string,
    citizenCount: number,
  ) {
    this.random = new SeededRandom(`${seed}/enterprises`);
    for (const citizen of new CitizenGenerator(seed).citizens(citizenCount)) {
      const born = Number(citizen.birth_year);
      if (born >= OLDEST_BORN && born <= ADULT_BORN_BY) {
        this.adults.push(citizen.personal_id_number);
        this.bornIn.push(born);
      }
    }
    if (this.adults.length < 10) {
      throw new RangeError(`${citizenCount} citizens hold too few adults to represent enterprises`);
    }
    // More registrations in later years, as the registry grew.
    const years: [number, number][] = [];
    for (let year = 1991; year <= 2026; year++) years.push([year, year < 2000 ? 1 : year - 1995]);
    this.year = new WeightedChoice(years);
  }

  /** The personal ID numbers representatives and owners are drawn from. */
  get people(): readonly string[] {
    return this.adults;
  }

  /** The next `count` enterprises, one at a time. */
  *enterprises(count: number): Generator<EnterpriseCsvRow> {
    for (let i = 0; i < count; i++) yield this.next();
  }

  next(): EnterpriseCsvRow {
    const r = this.random;
    const prefix = this.prefix.draw(r);
    const code = this.code(prefix);
    const type = this.type.draw(r);
    const established = this.establishment();
    this.bornBy = new Date(established).getUTCFullYear() - 18;
    const sinceMerger = established >= MERGER_DAY;
    const legacyProvince = r.chance(0.9) ? (this.provinceOf.get(prefix) ?? '001') : this.anyProvince();
    const province = sinceMerger ? (provinceSinceMerger(legacyProvince) ?? legacyProvince) : legacyProvince;
    const lines = this.businessLines(established >= VSIC_2025_DAY);
    const sector = LINES[Number(lines[0][3])][2];
    const brand = this.brand();
    const name = `${r.pick(NAME_FORMS[type])} ${type === 'household_business' ? brand : `${sector} ${brand}`}`;
    const foreignForm = FOREIGN_FORMS[type];
    const foreign = foreignForm && r.chance(0.5) ? `${titleCase(searchKey(brand))} ${foreignForm}` : '';
    const capital = this.capitalMillions(type);
    const representatives = this.representatives(type);
    const row: EnterpriseCsvRow = {
      enterprise_code: code,
      name,
      foreign_name: foreign,
      abbreviation: foreign && r.chance(0.6) ? abbreviate(foreign) : '',
      type,
      status: this.status(established),
      establishment_date: new Date(established).toISOString().slice(0, 10),
      head_office_province_code: province,
      head_office_address: this.address(),
      charter_capital: `${capital}000000`,
      business_lines: joinList(lines.map(([version, lineCode, main]) => [version, lineCode, main].filter(Boolean))),
      legal_representatives: joinList(representatives),
      owners: joinList(this.owners(type, capital, representatives[0][0])),
      branches: joinList(this.branches(type, code, name, sinceMerger)),
    };
    this.recentCodes.push(code);
    if (this.recentCodes.length > 1000) this.recentCodes.shift();
    return row;
  }

  /** Prefix + 7 serial digits from a bijective counter per prefix + check digit; skips unissuable ones. */
  private code(prefix: string): string {
    let serial = this.serials.get(prefix);
    if (!serial) {
      serial = { next: 0, offset: new SeededRandom(`${this.seed}/enterprise-codes/${prefix}`).below(SERIALS) };
      this.serials.set(prefix, serial);
    }
    for (;;) {
      if (serial.next >= SERIALS) throw new RangeError(`no more enterprise codes with prefix ${prefix}`);
      const value = (serial.next++ * SERIAL_STEP + serial.offset) % SERIALS;
      if (value === 0) continue; // digits 3–9 are never all zero
      const first9 = `${prefix}${String(value).padStart(7, '0')}`;
      const check = enterpriseCheckDigit(first9);
      if (check !== null) return `${first9}${check}`;
    }
  }

  private establishment(): number {
    const year = this.year.draw(this.random);
    const start = Math.max(FIRST_DAY, Date.UTC(year, 0, 1));
    const end = Math.min(LAST_DAY, Date.UTC(year, 11, 31));
    return start + this.random.between(0, (end - start) / DAY) * DAY;
  }

  private status(established: number): string {
    const r = this.random;
    const age = (LAST_DAY - established) / DAY / 365;
    if (r.chance(age < 2 ? 0.95 : 0.8)) return 'active';
    const roll = r.next();
    if (roll < 0.4) return 'suspended';
    if (roll < 0.5) return 'dissolving';
    if (roll < 0.9) return 'dissolved';
    return roll < 0.95 ? 'bankrupt' : 'registration_revoked';
  }

  /** 1–4 lines, distinct, the first one main: [version, code, 'main' | ''] with the LINES index last. */
  private businessLines(vsic2025: boolean): [string, string, string, string][] {
    const r = this.random;
    const count = r.between(1, 4);
    const picked: number[] = [];
    while (picked.length < count) {
      const i = this.line.draw(r);
      if (!picked.includes(i)) picked.push(i);
    }
    const version = vsic2025 && r.chance(0.8) ? 'VSIC2025' : 'VSIC2018';
    return picked.map((i, n) => [version, LINES[i][0], n === 0 ? 'main' : '', String(i)]);
  }

  private brand(): string {
    const r = this.random;
    const first = r.pick(BRAND_WORDS);
    let second = r.pick(BRAND_WORDS);
    while (second === first) second = r.pick(BRAND_WORDS);
    return `${first} ${second}`;
  }

  private capitalMillions(type: EnterpriseType): number {
    const [min, max] = CAPITAL_MILLIONS[type];
    const value = Math.exp(Math.log(min) + this.random.next() * (Math.log(max) - Math.log(min)));
    // Round capitals as people declare them: to 10 or 100 million above a billion.
    const step = value >= 1000 ? 100 : value >= 100 ? 10 : 1;
    return Math.max(min, Math.round(value / step) * step);
  }

  /** An adult when the enterprise was established (if a few draws find one, as they nearly always do). */
  private person(): string {
    let i = this.random.below(this.adults.length);
    for (let tries = 0; tries < 20 && this.bornIn[i] > this.bornBy; tries++) i = this.random.below(this.adults.length);
    return this.adults[i];
  }

  /** 1–2 distinct people with titles. */
  private representatives(type: EnterpriseType): string[][] {
    const r = this.random;
    const titles = TITLES[type];
    const first = this.person();
    const list = [[first, titles[0]]];
    if (titles.length > 1 && r.chance(0.2)) {
      const second = this.person();
      if (second !== first) list.push([second, titles[r.between(1, titles.length - 1)]]);
    }
    return list;
  }

  /** 1–5 owners: [kind, party, contribution in VND]; the contributions add up to at most the capital. */
  private owners(type: EnterpriseType, capitalMillions: number, representative: string): string[][] {
    const r = this.random;
    const [min, max] = OWNERS[type];
    const count = r.between(min, max);
    // Founding shareholders of a joint-stock company hold part of the shares; others all.
    const held =
      type === 'joint_stock_company' ? Math.round(capitalMillions * (0.2 + 0.8 * r.next())) : capitalMillions;
    const weights = Array.from({ length: count }, () => 1 + r.below(9));
    const total = weights.reduce((sum, w) => sum + w, 0);
    const shares = weights.map((w) => Math.floor((held * w) / total));
    shares[0] += held - shares.reduce((sum, s) => sum + s, 0);
    const people = new Set<string>();
    return shares.map((share, i) => {
      const amount = `${share}000000`;
      const roll = r.next();
      if (i > 0 && count > 1 && roll < 0.06 && this.recentCodes.length > 0) {
        return ['enterprise', r.pick(this.recentCodes), amount];
      }
      if (i > 0 && count > 1 && roll < 0.09) return ['name', r.pick(FOREIGN_INVESTORS), amount];
      let person = i === 0 && r.chance(0.7) ? representative : this.person();
      while (people.has(person)) person = this.person();
      people.add(person);
      return ['person', person, amount];
    });
  }

  /** 0–3 branches or representative offices, suffixes from 001. */
  private branches(type: EnterpriseType, code: string, name: string, sinceMerger: boolean): string[][] {
    const r = this.random;
    if (type === 'household_business') return [];
    const roll = r.next();
    const count = roll < 0.75 ? 0 : roll < 0.9 ? 1 : roll < 0.97 ? 2 : 3;
    let suffix = 0;
    return Array.from({ length: count }, () => {
      suffix += r.chance(0.85) ? 1 : r.between(2, 5);
      const legacy = this.anyProvince();
      const office = r.chance(0.85);
      const where = PROVINCE_NAMES.get(legacy) ?? '';
      return [
        `${code}-${String(suffix).padStart(3, '0')}`,
        office ? 'branch' : 'representative_office',
        `${office ? 'Chi nhánh' : 'Văn phòng đại diện'} ${name} tại ${where}`,
        sinceMerger ? (provinceSinceMerger(legacy) ?? legacy) : legacy,
        this.address(),
      ];
    });
  }

  private anyProvince(): string {
    return this.provinceOf.get(this.prefix.draw(this.random)) ?? '001';
  }

  private address(): string {
    const r = this.random;
    const number = r.between(1, 500);
    const house = r.chance(0.25) ? `Số ${r.between(1, 80)}, ngõ ${number}` : `Số ${number}`;
    return `${house} ${r.pick(STREETS)}, phường ${r.pick(PLACE_NAMES)}`;
  }
}

function titleCase(text: string): string {
  return text.replace(/\b[a-z]/g, (c) => c.toUpperCase());
}

/** "Minh Phat Joint Stock Company" → "MINH PHAT JSC"; "… Company Limited" → "… CO., LTD". */
function abbreviate(foreign: string): string {
  return foreign
    .replace(/ Joint Stock Company$/, ' JSC')
    .replace(/ Company Limited$/, ' CO., LTD')
    .toUpperCase();
}
