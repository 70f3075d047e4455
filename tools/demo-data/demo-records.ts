/**
 * Synthetic demo records: invented people and enterprises with identifiers that follow the
 * real rules (see shared/DOMAIN.md), so nothing here names a real person or company.
 */
export const DEMO_CITIZENS = [
  {
    personalIdNumber: '001085012345',
    familyName: 'Nguyễn',
    middleName: 'Văn',
    givenName: 'An',
    sex: 'male',
    birthDate: { year: 1985, month: 3, day: 14 },
    ethnicityCode: '01',
    permanentResidence: { provinceCode: '001', address: 'Số 12 phố Hàng Bạc, phường Hoàn Kiếm, Hà Nội' },
  },
  {
    personalIdNumber: '079190004321',
    familyName: 'Trần',
    middleName: 'Thị',
    givenName: 'Bình',
    sex: 'female',
    birthDate: { year: 1990, month: 11, day: 2 },
    ethnicityCode: '01',
    permanentResidence: { provinceCode: '79', address: '45 đường Lê Lợi, phường Sài Gòn, Thành phố Hồ Chí Minh' },
  },
  {
    personalIdNumber: '048088007654',
    familyName: 'Lê',
    middleName: 'Minh',
    givenName: 'Châu',
    sex: 'male',
    birthDate: { year: 1988, month: 7, day: null },
    ethnicityCode: '01',
    permanentResidence: { provinceCode: '048', address: '8 đường Bạch Đằng, quận Hải Châu, Đà Nẵng' },
  },
  {
    personalIdNumber: '031203000777',
    familyName: 'Phạm',
    middleName: 'Quốc',
    givenName: 'Dũng',
    sex: 'male',
    birthDate: { year: 2003, month: null, day: null },
    ethnicityCode: '02',
    permanentResidence: { provinceCode: '031', address: 'Thôn Đông, xã An Lư, Hải Phòng' },
  },
  {
    personalIdNumber: '092195001122',
    familyName: 'Võ',
    middleName: 'Thị',
    givenName: 'Hoa',
    sex: 'female',
    birthDate: { year: 1995, month: 5, day: 30 },
    ethnicityCode: '05',
    permanentResidence: { provinceCode: '92', address: 'Ấp Mỹ Phước, xã Mỹ Xuyên, Thành phố Cần Thơ' },
  },
] as const;

export const DEMO_ENTERPRISES = [
  {
    enterpriseCode: '0100003212',
    name: 'Công ty TNHH Phần mềm Sông Hồng',
    status: 'active',
    representatives: [{ personalIdNumber: '001085012345', title: 'Giám đốc' }],
  },
  {
    enterpriseCode: '0312345673',
    name: 'Công ty Cổ phần Thực phẩm Mê Kông',
    status: 'active',
    representatives: [
      { personalIdNumber: '079190004321', title: 'Chủ tịch Hội đồng quản trị' },
      { personalIdNumber: '048088007654', title: 'Tổng giám đốc' },
    ],
  },
  {
    enterpriseCode: '0402223334',
    name: 'Doanh nghiệp tư nhân Hoa Sen',
    status: 'dissolved',
    representatives: [{ personalIdNumber: '092195001122', title: 'Chủ doanh nghiệp' }],
  },
] as const;

export const DEMO_AGENCIES = [
  {
    code: 'BCA-C06',
    nameVi: 'Cục Cảnh sát quản lý hành chính về trật tự xã hội, Bộ Công an',
    level: 'central',
    parent: null,
  },
  { code: 'BTC-CT', nameVi: 'Cục Thuế, Bộ Tài chính', level: 'central', parent: null },
  { code: 'BTC-CT-HN', nameVi: 'Thuế thành phố Hà Nội', level: 'provincial', parent: 'BTC-CT' },
  { code: 'BHXH', nameVi: 'Bảo hiểm xã hội Việt Nam', level: 'central', parent: null },
  {
    code: 'HN-TTPVHCC',
    nameVi: 'Trung tâm Phục vụ hành chính công thành phố Hà Nội',
    level: 'provincial',
    parent: null,
  },
  { code: 'DEMO-BANK', nameVi: 'Ngân hàng TMCP Minh Họa (ngân hàng mẫu)', level: 'private', parent: null },
] as const;
