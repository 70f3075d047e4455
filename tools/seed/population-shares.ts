/**
 * Rough shapes of the population for synthetic data: where people are born, which ethnic
 * group, which year, where they move. Rounded from the 2019 census (GSO); approximations for
 * realistic-looking test data, not figures to publish.
 */

/** Population of each legacy province at the 2019 census, in thousands (rounded). */
export const PROVINCE_POPULATION: Readonly<Record<string, number>> = {
  '001': 8050,
  '002': 855,
  '004': 530,
  '006': 314,
  '008': 785,
  '010': 731,
  '011': 599,
  '012': 460,
  '014': 1249,
  '015': 822,
  '017': 855,
  '019': 1287,
  '020': 782,
  '022': 1321,
  '024': 1804,
  '025': 1464,
  '026': 1152,
  '027': 1369,
  '030': 1893,
  '031': 2029,
  '033': 1253,
  '034': 1861,
  '035': 853,
  '036': 1781,
  '037': 983,
  '038': 3641,
  '040': 3328,
  '042': 1289,
  '044': 896,
  '045': 633,
  '046': 1129,
  '048': 1135,
  '049': 1496,
  '051': 1232,
  '052': 1487,
  '054': 873,
  '056': 1232,
  '058': 591,
  '060': 1231,
  '062': 541,
  '064': 1514,
  '066': 1870,
  '067': 623,
  '068': 1297,
  '070': 995,
  '072': 1170,
  '074': 2426,
  '075': 3098,
  '077': 1149,
  '079': 8993,
  '080': 1689,
  '082': 1765,
  '083': 1289,
  '084': 1010,
  '086': 1023,
  '087': 1600,
  '089': 1909,
  '091': 1724,
  '092': 1236,
  '093': 734,
  '094': 1200,
  '095': 908,
  '096': 1194,
};

/** Share of the Kinh majority among those born in a province, where it is well below 99%. */
export const KINH_SHARE: Readonly<Record<string, number>> = {
  '002': 0.13,
  '004': 0.05,
  '006': 0.12,
  '008': 0.47,
  '010': 0.35,
  '011': 0.18,
  '012': 0.15,
  '014': 0.17,
  '015': 0.44,
  '017': 0.26,
  '019': 0.73,
  '020': 0.17,
  '022': 0.89,
  '024': 0.88,
  '025': 0.85,
  '038': 0.84,
  '040': 0.86,
  '045': 0.88,
  '049': 0.92,
  '051': 0.87,
  '058': 0.78,
  '079': 0.955,
  '062': 0.47,
  '064': 0.52,
  '066': 0.67,
  '067': 0.68,
  '068': 0.77,
  '070': 0.82,
  '084': 0.68,
  '086': 0.975,
  '089': 0.95,
  '091': 0.87,
  '092': 0.98,
  '094': 0.64,
  '095': 0.9,
  '096': 0.97,
};

/** The Kinh share elsewhere. */
export const DEFAULT_KINH_SHARE = 0.99;

/** Which minority groups (by code) live where, with relative weights, by region of birth. */
type MinorityMix = readonly (readonly [string, number])[];

const MINORITY_MIXES: Readonly<Record<string, MinorityMix>> = {
  // Tày, Nùng, HMông, Dao, Sán Chay, Sán Dìu, Giáy (also Lào Cai and Yên Bái, by their mix)
  northeast: [
    ['02', 35],
    ['07', 25],
    ['08', 15],
    ['09', 14],
    ['15', 5],
    ['18', 5],
    ['25', 1],
  ],
  // Thái, HMông, Dao, Tày, Khơ-mú, Giáy, Hà Nhì, Kháng, La Hủ
  northwest: [
    ['03', 40],
    ['08', 33],
    ['09', 8],
    ['02', 6],
    ['29', 4],
    ['25', 3],
    ['35', 2],
    ['33', 1],
    ['41', 1],
  ],
  // Mường, Thái, HMông, Khơ-mú
  muong: [
    ['06', 68],
    ['03', 25],
    ['08', 4],
    ['29', 3],
  ],
  // Bru-Vân Kiều, Cơ-tu, Hrê, Ba-na, Ra-glai, Chăm, Xơ-Đăng, Co, Tà-ôi
  centralCoast: [
    ['23', 14],
    ['26', 14],
    ['19', 18],
    ['13', 9],
    ['21', 18],
    ['17', 14],
    ['14', 5],
    ['30', 4],
    ['31', 4],
  ],
  // Gia-rai, Ê-đê, Ba-na, Xơ-Đăng, Cơ-ho, Mnông, Tày, Nùng, Xtiêng, Mạ
  highlands: [
    ['10', 30],
    ['12', 20],
    ['13', 12],
    ['14', 10],
    ['16', 10],
    ['20', 7],
    ['02', 4],
    ['07', 4],
    ['22', 2],
    ['28', 1],
  ],
  // Khơ-me, Hoa, Chăm
  mekong: [
    ['05', 85],
    ['04', 11],
    ['17', 4],
  ],
  // Hoa above all, in Chợ Lớn
  hoChiMinhCity: [
    ['04', 80],
    ['05', 10],
    ['02', 4],
    ['07', 4],
    ['17', 2],
  ],
  // Everywhere else: mostly Hoa in the cities, and people who moved there.
  elsewhere: [
    ['04', 45],
    ['05', 15],
    ['06', 12],
    ['02', 12],
    ['07', 8],
    ['03', 8],
  ],
};

const REGION_OF: Readonly<Record<string, keyof typeof MINORITY_MIXES>> = {
  ...Object.fromEntries(
    ['002', '004', '006', '008', '010', '015', '019', '020', '022', '024'].map((c) => [c, 'northeast']),
  ),
  ...Object.fromEntries(['011', '012', '014'].map((c) => [c, 'northwest'])),
  ...Object.fromEntries(['017', '025', '037', '038', '040'].map((c) => [c, 'muong'])),
  ...Object.fromEntries(
    ['044', '045', '046', '049', '051', '052', '054', '056', '058', '060'].map((c) => [c, 'centralCoast']),
  ),
  ...Object.fromEntries(['062', '064', '066', '067', '068', '070'].map((c) => [c, 'highlands'])),
  '079': 'hoChiMinhCity',
  ...Object.fromEntries(['084', '089', '091', '092', '093', '094', '095', '096'].map((c) => [c, 'mekong'])),
};

/** The minority groups of the region a legacy province lies in. */
export function minorityMix(provinceCode: string): MinorityMix {
  return MINORITY_MIXES[REGION_OF[provinceCode] ?? 'elsewhere'];
}

/** North, centre or south by legacy province code: the codes run from north to south. */
export function broadRegion(provinceCode: string): 'north' | 'centre' | 'south' {
  const code = Number(provinceCode);
  return code < 38 ? 'north' : code < 70 ? 'centre' : 'south';
}

/** Where people who leave their province of birth go, with relative weights. */
export const MIGRATION_DESTINATIONS: readonly (readonly [string, number])[] = [
  ['079', 35],
  ['001', 20],
  ['074', 12],
  ['075', 8],
  ['048', 5],
  ['031', 4],
  ['077', 3],
  ['027', 3],
  ['092', 3],
  ['080', 3],
  ['056', 2],
  ['022', 2],
];

/** Provinces that are mostly urban: their addresses are streets rather than hamlets. */
export const URBAN_PROVINCES: ReadonlySet<string> = new Set(['001', '031', '048', '079', '092', '074', '077']);

/**
 * Relative number of people alive in 2026 per birth year, 1930 to 2025: few of the oldest,
 * the large cohorts of the 1980s and 1990s, a dip around 2000 and a smaller recent one.
 */
const BIRTH_YEAR_SHAPE: readonly (readonly [number, number])[] = [
  [1930, 0.1],
  [1945, 0.4],
  [1955, 0.9],
  [1965, 1.3],
  [1975, 1.5],
  [1985, 1.6],
  [1990, 1.7],
  [2000, 1.45],
  [2010, 1.55],
  [2018, 1.6],
  [2025, 1.3],
];

export const FIRST_BIRTH_YEAR = 1930;
export const LAST_BIRTH_YEAR = 2025;

/** [year, weight] for every birth year, by linear interpolation of the shape above. */
export function birthYearWeights(): [number, number][] {
  const weights: [number, number][] = [];
  for (let year = FIRST_BIRTH_YEAR; year <= LAST_BIRTH_YEAR; year++) {
    const upper = BIRTH_YEAR_SHAPE.findIndex(([y]) => y >= year);
    const [y1, w1] = BIRTH_YEAR_SHAPE[upper];
    const [y0, w0] = BIRTH_YEAR_SHAPE[Math.max(upper - 1, 0)];
    weights.push([year, y1 === y0 ? w1 : w0 + ((w1 - w0) * (year - y0)) / (y1 - y0)]);
  }
  return weights;
}

/** Mobile prefixes of the Vietnamese networks (Viettel, Vinaphone, MobiFone, Vietnamobile, Gmobile). */
export const MOBILE_PREFIXES: readonly string[] = [
  '032',
  '033',
  '034',
  '035',
  '036',
  '037',
  '038',
  '039',
  '086',
  '096',
  '097',
  '098',
  '081',
  '082',
  '083',
  '084',
  '085',
  '088',
  '091',
  '094',
  '070',
  '076',
  '077',
  '078',
  '079',
  '089',
  '090',
  '093',
  '056',
  '058',
  '092',
  '059',
  '099',
];

export const EMAIL_DOMAINS: readonly (readonly [string, number])[] = [
  ['gmail.com', 80],
  ['yahoo.com', 8],
  ['outlook.com', 5],
  ['icloud.com', 3],
  ['hotmail.com', 4],
];
