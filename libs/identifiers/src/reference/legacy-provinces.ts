/**
 * The 63 provinces and centrally run cities in force until 30 Jun 2025. Their codes (the
 * administrative-unit codes of the time) are the PPP of personal ID numbers, which do not
 * change with the 2025 merger. Source: the General Statistics Office's list of administrative
 * units (Decision 124/2004/QĐ-TTg and its amendments); 001, 031, 048, 079, 092 as in shared/DOMAIN.md.
 * The set of 63 stands from 1 Aug 2008, when Hà Tây joined Hà Nội.
 */
export const LEGACY_PROVINCES: readonly { code: string; name: string; validFrom: string; validTo: string }[] = [
  { code: '001', name: 'Hà Nội', validFrom: '2008-08-01', validTo: '2025-06-30' },
  { code: '002', name: 'Hà Giang', validFrom: '2008-08-01', validTo: '2025-06-30' },
  { code: '004', name: 'Cao Bằng', validFrom: '2008-08-01', validTo: '2025-06-30' },
  { code: '006', name: 'Bắc Kạn', validFrom: '2008-08-01', validTo: '2025-06-30' },
  { code: '008', name: 'Tuyên Quang', validFrom: '2008-08-01', validTo: '2025-06-30' },
  { code: '010', name: 'Lào Cai', validFrom: '2008-08-01', validTo: '2025-06-30' },
  { code: '011', name: 'Điện Biên', validFrom: '2008-08-01', validTo: '2025-06-30' },
  { code: '012', name: 'Lai Châu', validFrom: '2008-08-01', validTo: '2025-06-30' },
  { code: '014', name: 'Sơn La', validFrom: '2008-08-01', validTo: '2025-06-30' },
  { code: '015', name: 'Yên Bái', validFrom: '2008-08-01', validTo: '2025-06-30' },
  { code: '017', name: 'Hòa Bình', validFrom: '2008-08-01', validTo: '2025-06-30' },
  { code: '019', name: 'Thái Nguyên', validFrom: '2008-08-01', validTo: '2025-06-30' },
  { code: '020', name: 'Lạng Sơn', validFrom: '2008-08-01', validTo: '2025-06-30' },
  { code: '022', name: 'Quảng Ninh', validFrom: '2008-08-01', validTo: '2025-06-30' },
  { code: '024', name: 'Bắc Giang', validFrom: '2008-08-01', validTo: '2025-06-30' },
  { code: '025', name: 'Phú Thọ', validFrom: '2008-08-01', validTo: '2025-06-30' },
  { code: '026', name: 'Vĩnh Phúc', validFrom: '2008-08-01', validTo: '2025-06-30' },
  { code: '027', name: 'Bắc Ninh', validFrom: '2008-08-01', validTo: '2025-06-30' },
  { code: '030', name: 'Hải Dương', validFrom: '2008-08-01', validTo: '2025-06-30' },
  { code: '031', name: 'Hải Phòng', validFrom: '2008-08-01', validTo: '2025-06-30' },
  { code: '033', name: 'Hưng Yên', validFrom: '2008-08-01', validTo: '2025-06-30' },
  { code: '034', name: 'Thái Bình', validFrom: '2008-08-01', validTo: '2025-06-30' },
  { code: '035', name: 'Hà Nam', validFrom: '2008-08-01', validTo: '2025-06-30' },
  { code: '036', name: 'Nam Định', validFrom: '2008-08-01', validTo: '2025-06-30' },
  { code: '037', name: 'Ninh Bình', validFrom: '2008-08-01', validTo: '2025-06-30' },
  { code: '038', name: 'Thanh Hóa', validFrom: '2008-08-01', validTo: '2025-06-30' },
  { code: '040', name: 'Nghệ An', validFrom: '2008-08-01', validTo: '2025-06-30' },
  { code: '042', name: 'Hà Tĩnh', validFrom: '2008-08-01', validTo: '2025-06-30' },
  { code: '044', name: 'Quảng Bình', validFrom: '2008-08-01', validTo: '2025-06-30' },
  { code: '045', name: 'Quảng Trị', validFrom: '2008-08-01', validTo: '2025-06-30' },
  { code: '046', name: 'Thừa Thiên Huế', validFrom: '2008-08-01', validTo: '2025-06-30' },
  { code: '048', name: 'Đà Nẵng', validFrom: '2008-08-01', validTo: '2025-06-30' },
  { code: '049', name: 'Quảng Nam', validFrom: '2008-08-01', validTo: '2025-06-30' },
  { code: '051', name: 'Quảng Ngãi', validFrom: '2008-08-01', validTo: '2025-06-30' },
  { code: '052', name: 'Bình Định', validFrom: '2008-08-01', validTo: '2025-06-30' },
  { code: '054', name: 'Phú Yên', validFrom: '2008-08-01', validTo: '2025-06-30' },
  { code: '056', name: 'Khánh Hòa', validFrom: '2008-08-01', validTo: '2025-06-30' },
  { code: '058', name: 'Ninh Thuận', validFrom: '2008-08-01', validTo: '2025-06-30' },
  { code: '060', name: 'Bình Thuận', validFrom: '2008-08-01', validTo: '2025-06-30' },
  { code: '062', name: 'Kon Tum', validFrom: '2008-08-01', validTo: '2025-06-30' },
  { code: '064', name: 'Gia Lai', validFrom: '2008-08-01', validTo: '2025-06-30' },
  { code: '066', name: 'Đắk Lắk', validFrom: '2008-08-01', validTo: '2025-06-30' },
  { code: '067', name: 'Đắk Nông', validFrom: '2008-08-01', validTo: '2025-06-30' },
  { code: '068', name: 'Lâm Đồng', validFrom: '2008-08-01', validTo: '2025-06-30' },
  { code: '070', name: 'Bình Phước', validFrom: '2008-08-01', validTo: '2025-06-30' },
  { code: '072', name: 'Tây Ninh', validFrom: '2008-08-01', validTo: '2025-06-30' },
  { code: '074', name: 'Bình Dương', validFrom: '2008-08-01', validTo: '2025-06-30' },
  { code: '075', name: 'Đồng Nai', validFrom: '2008-08-01', validTo: '2025-06-30' },
  { code: '077', name: 'Bà Rịa - Vũng Tàu', validFrom: '2008-08-01', validTo: '2025-06-30' },
  { code: '079', name: 'Thành phố Hồ Chí Minh', validFrom: '2008-08-01', validTo: '2025-06-30' },
  { code: '080', name: 'Long An', validFrom: '2008-08-01', validTo: '2025-06-30' },
  { code: '082', name: 'Tiền Giang', validFrom: '2008-08-01', validTo: '2025-06-30' },
  { code: '083', name: 'Bến Tre', validFrom: '2008-08-01', validTo: '2025-06-30' },
  { code: '084', name: 'Trà Vinh', validFrom: '2008-08-01', validTo: '2025-06-30' },
  { code: '086', name: 'Vĩnh Long', validFrom: '2008-08-01', validTo: '2025-06-30' },
  { code: '087', name: 'Đồng Tháp', validFrom: '2008-08-01', validTo: '2025-06-30' },
  { code: '089', name: 'An Giang', validFrom: '2008-08-01', validTo: '2025-06-30' },
  { code: '091', name: 'Kiên Giang', validFrom: '2008-08-01', validTo: '2025-06-30' },
  { code: '092', name: 'Cần Thơ', validFrom: '2008-08-01', validTo: '2025-06-30' },
  { code: '093', name: 'Hậu Giang', validFrom: '2008-08-01', validTo: '2025-06-30' },
  { code: '094', name: 'Sóc Trăng', validFrom: '2008-08-01', validTo: '2025-06-30' },
  { code: '095', name: 'Bạc Liêu', validFrom: '2008-08-01', validTo: '2025-06-30' },
  { code: '096', name: 'Cà Mau', validFrom: '2008-08-01', validTo: '2025-06-30' },
];

const BIRTH_REGISTRATION_CODES = new Set(LEGACY_PROVINCES.map((province) => province.code));

/**
 * Whether PPP is a known place of birth registration. Only the provinces are listed: the
 * codes for births registered abroad are not in a source we hold (see the issue note).
 */
export function isBirthRegistrationCode(code: string): boolean {
  return BIRTH_REGISTRATION_CODES.has(code);
}
