/**
 * The 34 provinces and centrally run cities in force since 1 Jul 2025 (Resolution
 * 202/2025/QH15), each with the legacy provinces merged into it: the old→new crosswalk.
 * Codes as kept by the surviving unit (Decision 19/2025/QĐ-TTg); verify against the
 * decision's annex before relying on a code for anything but display.
 */
export const PROVINCES_2025: readonly {
  code: string;
  name: string;
  mergedFrom: readonly string[];
  validFrom: string;
}[] = [
  { code: '01', name: 'Thành phố Hà Nội', mergedFrom: ['001'], validFrom: '2025-07-01' },
  { code: '04', name: 'Cao Bằng', mergedFrom: ['004'], validFrom: '2025-07-01' },
  { code: '08', name: 'Tuyên Quang', mergedFrom: ['002', '008'], validFrom: '2025-07-01' },
  { code: '11', name: 'Điện Biên', mergedFrom: ['011'], validFrom: '2025-07-01' },
  { code: '12', name: 'Lai Châu', mergedFrom: ['012'], validFrom: '2025-07-01' },
  { code: '14', name: 'Sơn La', mergedFrom: ['014'], validFrom: '2025-07-01' },
  { code: '15', name: 'Lào Cai', mergedFrom: ['010', '015'], validFrom: '2025-07-01' },
  { code: '19', name: 'Thái Nguyên', mergedFrom: ['006', '019'], validFrom: '2025-07-01' },
  { code: '20', name: 'Lạng Sơn', mergedFrom: ['020'], validFrom: '2025-07-01' },
  { code: '22', name: 'Quảng Ninh', mergedFrom: ['022'], validFrom: '2025-07-01' },
  { code: '24', name: 'Bắc Ninh', mergedFrom: ['024', '027'], validFrom: '2025-07-01' },
  { code: '25', name: 'Phú Thọ', mergedFrom: ['017', '025', '026'], validFrom: '2025-07-01' },
  { code: '31', name: 'Thành phố Hải Phòng', mergedFrom: ['030', '031'], validFrom: '2025-07-01' },
  { code: '33', name: 'Hưng Yên', mergedFrom: ['033', '034'], validFrom: '2025-07-01' },
  { code: '37', name: 'Ninh Bình', mergedFrom: ['035', '036', '037'], validFrom: '2025-07-01' },
  { code: '38', name: 'Thanh Hóa', mergedFrom: ['038'], validFrom: '2025-07-01' },
  { code: '40', name: 'Nghệ An', mergedFrom: ['040'], validFrom: '2025-07-01' },
  { code: '42', name: 'Hà Tĩnh', mergedFrom: ['042'], validFrom: '2025-07-01' },
  { code: '44', name: 'Quảng Trị', mergedFrom: ['044', '045'], validFrom: '2025-07-01' },
  { code: '46', name: 'Thành phố Huế', mergedFrom: ['046'], validFrom: '2025-07-01' },
  { code: '48', name: 'Thành phố Đà Nẵng', mergedFrom: ['048', '049'], validFrom: '2025-07-01' },
  { code: '51', name: 'Quảng Ngãi', mergedFrom: ['051', '062'], validFrom: '2025-07-01' },
  { code: '52', name: 'Gia Lai', mergedFrom: ['052', '064'], validFrom: '2025-07-01' },
  { code: '56', name: 'Khánh Hòa', mergedFrom: ['056', '058'], validFrom: '2025-07-01' },
  { code: '66', name: 'Đắk Lắk', mergedFrom: ['054', '066'], validFrom: '2025-07-01' },
  { code: '68', name: 'Lâm Đồng', mergedFrom: ['060', '067', '068'], validFrom: '2025-07-01' },
  { code: '75', name: 'Đồng Nai', mergedFrom: ['070', '075'], validFrom: '2025-07-01' },
  { code: '79', name: 'Thành phố Hồ Chí Minh', mergedFrom: ['074', '077', '079'], validFrom: '2025-07-01' },
  { code: '80', name: 'Tây Ninh', mergedFrom: ['072', '080'], validFrom: '2025-07-01' },
  { code: '82', name: 'Đồng Tháp', mergedFrom: ['082', '087'], validFrom: '2025-07-01' },
  { code: '86', name: 'Vĩnh Long', mergedFrom: ['083', '084', '086'], validFrom: '2025-07-01' },
  { code: '91', name: 'An Giang', mergedFrom: ['089', '091'], validFrom: '2025-07-01' },
  { code: '92', name: 'Thành phố Cần Thơ', mergedFrom: ['092', '093', '094'], validFrom: '2025-07-01' },
  { code: '96', name: 'Cà Mau', mergedFrom: ['095', '096'], validFrom: '2025-07-01' },
];

const NEW_PROVINCE_OF_LEGACY = new Map(
  PROVINCES_2025.flatMap((province) => province.mergedFrom.map((legacy) => [legacy, province.code])),
);

/** The province in force since 1 Jul 2025 that a legacy province (by its 3-digit code) became part of. */
export function provinceSinceMerger(legacyCode: string): string | undefined {
  return NEW_PROVINCE_OF_LEGACY.get(legacyCode);
}
