/**
 * Name material for synthetic citizens. Shares are approximate, from commonly cited
 * surname surveys (Nguyễn ~38%, Trần ~11%, Lê ~9.5%, Phạm ~7%, …); good enough for data
 * that must look like the registry's, never a statistic to quote. Everything is NFC.
 */
type Weighted = readonly (readonly [string, number])[];

const nfc = (entries: Weighted): Weighted => entries.map(([name, weight]) => [name.normalize('NFC'), weight] as const);

/** The entries with their weights scaled to add up to `total`. */
function scaled(total: number, entries: Weighted): Weighted {
  const sum = entries.reduce((acc, [, weight]) => acc + weight, 0);
  return entries.map(([name, weight]) => [name, (weight * total) / sum] as const);
}

// The rest of the Kinh family names, relative to each other. Together they get what the main
// names leave, less the ~8% of people who carry a name typical of a minority group, which the
// generator draws from ETHNIC_FAMILY_NAMES: so that overall Nguyễn comes out near 38%.
const OTHER_FAMILY_NAMES_SHARE = 3.4;

/** Family names in percent of the population (the main ones), then the others. */
export const FAMILY_NAMES: Weighted = nfc([
  ['Nguyễn', 38],
  ['Trần', 11],
  ['Lê', 9.5],
  ['Phạm', 7],
  // Hoàng and Huỳnh are one name (Huỳnh in the south), as are Vũ and Võ: see regionalFamilyName.
  ['Hoàng', 5.1],
  ['Phan', 4.5],
  ['Vũ', 3.9],
  ['Đặng', 2.1],
  ['Bùi', 2],
  ['Đỗ', 1.4],
  ['Hồ', 1.3],
  ['Ngô', 1.3],
  ['Dương', 1],
  ['Lý', 0.5],
  ...scaled(OTHER_FAMILY_NAMES_SHARE, [
    ['Đinh', 0.9],
    ['Trương', 0.9],
    ['Đoàn', 0.8],
    ['Trịnh', 0.7],
    ['Lương', 0.6],
    ['Mai', 0.6],
    ['Cao', 0.6],
    ['Lâm', 0.5],
    ['Hà', 0.5],
    ['Lưu', 0.4],
    ['Phùng', 0.3],
    ['Chu', 0.3],
    ['Tạ', 0.3],
    ['Tô', 0.3],
    ['Thái', 0.3],
    ['Châu', 0.3],
    ['Triệu', 0.2],
    ['Quách', 0.2],
    ['Kiều', 0.2],
    ['Lại', 0.2],
    ['Nghiêm', 0.2],
    ['Từ', 0.15],
    ['Tăng', 0.15],
    ['Giang', 0.15],
    ['Vương', 0.15],
    ['La', 0.1],
    ['Đàm', 0.1],
    ['Hứa', 0.1],
    ['Văn', 0.1],
    ['Khúc', 0.05],
    ['Mạc', 0.05],
    ['Âu', 0.05],
    ['Diệp', 0.05],
    ['Doãn', 0.05],
    ['Bạch', 0.05],
    ['Khổng', 0.05],
  ]),
]);

/** The southern forms: Hoàng became Huỳnh and Vũ became Võ (a naming taboo of the Nguyễn lords). */
export const SOUTHERN_FORMS: Readonly<Record<string, string>> = {
  ['Hoàng'.normalize('NFC')]: 'Huỳnh'.normalize('NFC'),
  ['Vũ'.normalize('NFC')]: 'Võ'.normalize('NFC'),
};

/** Family names typical of some ethnic groups (by group code); others use the Kinh list. */
export const ETHNIC_FAMILY_NAMES: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  Object.entries({
    '02': ['Hoàng', 'Nông', 'Lương', 'Hà', 'Ma', 'Triệu', 'Đàm', 'Lục'], // Tày
    '03': ['Lò', 'Lường', 'Cầm', 'Quàng', 'Vi', 'Hà', 'Lù', 'Tòng'], // Thái
    '04': ['Lâm', 'Trương', 'Quách', 'Lý', 'Hứa', 'Tăng', 'Lưu', 'Mã', 'Diệp'], // Hoa
    '05': ['Thạch', 'Sơn', 'Danh', 'Kim', 'Lâm', 'Châu', 'Kiên'], // Khơ-me
    '06': ['Bùi', 'Đinh', 'Quách', 'Hà', 'Xa'], // Mường
    '07': ['Nông', 'Hoàng', 'Lương', 'Vi', 'Lăng', 'Mã'], // Nùng
    '08': ['Giàng', 'Vàng', 'Sùng', 'Thào', 'Lý', 'Hờ', 'Mùa', 'Sình'], // HMông
    '09': ['Triệu', 'Bàn', 'Đặng', 'Lý', 'Chảo', 'Phùng'], // Dao
    '10': ['Ksor', 'Rơ Châm', 'Siu', 'Rơ Mah', 'Nay', 'Kpă'], // Gia-rai
    '12': ['Niê', 'Mlô', 'Êban', 'Byă', 'Ayun', 'Adrơng'], // Ê-đê
  }).map(([code, names]) => [code, names.map((name) => name.normalize('NFC'))]),
);

/**
 * Middle names (chữ đệm) by sex. Văn and Thị were near universal for those born before the
 * 1980s and are much rarer since: the generator weighs them by birth year.
 */
export const MIDDLE_NAMES = {
  male: nfc([
    ['Đức', 6],
    ['Minh', 8],
    ['Quốc', 5],
    ['Hữu', 5],
    ['Công', 4],
    ['Thành', 4],
    ['Xuân', 3],
    ['Ngọc', 3],
    ['Trọng', 3],
    ['Anh', 3],
    ['Gia', 4],
    ['Hoàng', 4],
    ['Quang', 5],
    ['Duy', 3],
    ['Đình', 4],
    ['Tuấn', 3],
    ['Thanh', 4],
    ['Mạnh', 2],
    ['Bảo', 4],
    ['Đăng', 3],
    ['Nhật', 3],
    ['Tiến', 2],
    ['Thế', 2],
    ['Trung', 2],
    ['Khắc', 1],
  ]),
  female: nfc([
    ['Ngọc', 8],
    ['Thu', 5],
    ['Thanh', 6],
    ['Minh', 4],
    ['Phương', 4],
    ['Bảo', 4],
    ['Khánh', 4],
    ['Hồng', 4],
    ['Mai', 2],
    ['Kim', 4],
    ['Thùy', 4],
    ['Hoài', 2],
    ['Diệu', 2],
    ['Ánh', 2],
    ['Hải', 2],
    ['Quỳnh', 2],
    ['Như', 3],
    ['Bích', 3],
    ['Thúy', 3],
    ['Mỹ', 3],
    ['Tường', 1],
    ['Gia', 3],
    ['Cẩm', 2],
    ['Lan', 1],
  ]),
} as const;

export const TRADITIONAL_MIDDLE_NAME = { male: 'Văn'.normalize('NFC'), female: 'Thị'.normalize('NFC') } as const;

/** Given names (tên) by sex, with rough relative frequencies. */
export const GIVEN_NAMES = {
  male: nfc([
    ['An', 3],
    ['Anh', 6],
    ['Bảo', 3],
    ['Bình', 3],
    ['Cường', 3],
    ['Chiến', 2],
    ['Dũng', 5],
    ['Duy', 3],
    ['Dương', 2],
    ['Đạt', 4],
    ['Định', 1],
    ['Đức', 4],
    ['Hải', 4],
    ['Hào', 1],
    ['Hậu', 2],
    ['Hiếu', 3],
    ['Hiển', 1],
    ['Hòa', 2],
    ['Hoàng', 3],
    ['Hùng', 5],
    ['Hưng', 3],
    ['Huy', 5],
    ['Khang', 3],
    ['Khánh', 2],
    ['Khoa', 3],
    ['Kiên', 2],
    ['Lâm', 2],
    ['Long', 4],
    ['Lộc', 2],
    ['Lợi', 1],
    ['Lực', 1],
    ['Mạnh', 2],
    ['Minh', 6],
    ['Nam', 5],
    ['Nghĩa', 2],
    ['Nhân', 2],
    ['Phát', 2],
    ['Phong', 3],
    ['Phúc', 3],
    ['Phương', 2],
    ['Quân', 4],
    ['Quang', 3],
    ['Sơn', 4],
    ['Tài', 2],
    ['Tâm', 2],
    ['Thái', 2],
    ['Thắng', 4],
    ['Thành', 4],
    ['Thịnh', 2],
    ['Tiến', 3],
    ['Toàn', 2],
    ['Trí', 2],
    ['Trung', 4],
    ['Tú', 2],
    ['Tuấn', 6],
    ['Tùng', 3],
    ['Việt', 3],
    ['Vinh', 3],
    ['Vũ', 2],
  ]),
  female: nfc([
    ['An', 3],
    ['Anh', 7],
    ['Châu', 2],
    ['Chi', 3],
    ['Diệp', 1],
    ['Dung', 3],
    ['Duyên', 2],
    ['Giang', 3],
    ['Hà', 4],
    ['Hạnh', 3],
    ['Hằng', 4],
    ['Hiền', 4],
    ['Hoa', 4],
    ['Hồng', 3],
    ['Huệ', 2],
    ['Hương', 6],
    ['Huyền', 4],
    ['Lan', 5],
    ['Liên', 2],
    ['Linh', 7],
    ['Loan', 3],
    ['Mai', 5],
    ['My', 3],
    ['Nga', 4],
    ['Ngân', 3],
    ['Ngọc', 3],
    ['Nhi', 4],
    ['Nhung', 3],
    ['Oanh', 2],
    ['Phương', 4],
    ['Quyên', 2],
    ['Quỳnh', 3],
    ['Tâm', 2],
    ['Thảo', 6],
    ['Thu', 3],
    ['Thúy', 3],
    ['Thủy', 4],
    ['Trang', 6],
    ['Trinh', 2],
    ['Tuyết', 2],
    ['Uyên', 2],
    ['Vân', 3],
    ['Vy', 4],
    ['Xuân', 2],
    ['Yến', 3],
  ]),
} as const;

/** Street names, mostly of national heroes, as found in most towns. */
export const STREETS: readonly string[] = [
  'Lê Lợi',
  'Trần Hưng Đạo',
  'Nguyễn Trãi',
  'Hai Bà Trưng',
  'Lý Thường Kiệt',
  'Quang Trung',
  'Hùng Vương',
  'Nguyễn Huệ',
  'Điện Biên Phủ',
  'Cách Mạng Tháng Tám',
  'Lê Duẩn',
  'Phan Chu Trinh',
  'Phan Bội Châu',
  'Nguyễn Du',
  'Bà Triệu',
  'Trần Phú',
  'Nguyễn Văn Cừ',
  'Lê Thánh Tông',
  'Hoàng Diệu',
  'Ngô Quyền',
  'Lý Thái Tổ',
  'Võ Thị Sáu',
  'Nguyễn Thị Minh Khai',
  'Lạc Long Quân',
  'Tôn Đức Thắng',
  'Chu Văn An',
  'Nguyễn Đình Chiểu',
  'Trường Chinh',
].map((name) => name.normalize('NFC'));

/** Names that communes, wards and hamlets share all over the country. */
export const PLACE_NAMES: readonly string[] = [
  'An Phú',
  'Tân Định',
  'Hòa Bình',
  'Phú Mỹ',
  'Bình An',
  'Tân Thành',
  'Phước Long',
  'Hưng Lợi',
  'Thanh Xuân',
  'Minh Khai',
  'Đông Hòa',
  'Tây Sơn',
  'Yên Hòa',
  'Nghĩa Đô',
  'Long Bình',
  'Tân Lập',
  'Bình Minh',
  'Phú Xuân',
  'Hòa Thuận',
  'Vĩnh Phúc',
  'Quyết Thắng',
  'Đồng Tâm',
  'Thống Nhất',
  'Tân Phong',
  'Hiệp Hòa',
  'Thạnh Lộc',
  'Mỹ Đức',
  'An Khánh',
  'Tiền Phong',
  'Hồng Hà',
].map((name) => name.normalize('NFC'));
