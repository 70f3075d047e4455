/**
 * Synthetic demo records: invented people and enterprises with identifiers that follow the
 * real rules (see shared/DOMAIN.md), so nothing here names a real person or company.
 */
export const DEMO_CITIZENS = [
  { personalIdNumber: '001085012345', familyName: 'Nguyễn', middleName: 'Văn', givenName: 'An', sex: 'male' },
  { personalIdNumber: '079190004321', familyName: 'Trần', middleName: 'Thị', givenName: 'Bình', sex: 'female' },
  { personalIdNumber: '048088007654', familyName: 'Lê', middleName: 'Minh', givenName: 'Châu', sex: 'male' },
  { personalIdNumber: '031203000777', familyName: 'Phạm', middleName: 'Quốc', givenName: 'Dũng', sex: 'male' },
  { personalIdNumber: '092195001122', familyName: 'Võ', middleName: 'Thị', givenName: 'Hoa', sex: 'female' },
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
