import { DATA_CATEGORY_CODES } from '@app/access';

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
    type: 'single_member_llc',
    establishmentDate: '2015-04-01',
    headOffice: { provinceCode: '001', address: 'Tầng 5, 18 phố Lý Thường Kiệt, phường Cửa Nam, Hà Nội' },
    charterCapital: '5000000000',
    businessLines: [
      { vsicVersion: 'VSIC2018', code: '6201', isMain: true },
      { vsicVersion: 'VSIC2018', code: '6202', isMain: false },
    ],
    owners: [{ personalIdNumber: '001085012345', capitalContribution: '5000000000' }],
    representatives: [{ personalIdNumber: '001085012345', title: 'Giám đốc' }],
  },
  {
    enterpriseCode: '0312345673',
    name: 'Công ty Cổ phần Thực phẩm Mê Kông',
    status: 'active',
    type: 'joint_stock_company',
    establishmentDate: '2009-11-20',
    headOffice: {
      provinceCode: '079',
      address: '120 đường Nguyễn Thị Minh Khai, phường Xuân Hòa, Thành phố Hồ Chí Minh',
    },
    charterCapital: '120000000000',
    businessLines: [
      { vsicVersion: 'VSIC2018', code: '1079', isMain: true },
      { vsicVersion: 'VSIC2025', code: 'G', isMain: false },
    ],
    owners: [
      { personalIdNumber: '079190004321', capitalContribution: '48000000000' },
      { personalIdNumber: '048088007654', capitalContribution: '12000000000' },
    ],
    representatives: [
      { personalIdNumber: '079190004321', title: 'Chủ tịch Hội đồng quản trị' },
      { personalIdNumber: '048088007654', title: 'Tổng giám đốc' },
    ],
  },
  {
    enterpriseCode: '0402223334',
    name: 'Doanh nghiệp tư nhân Hoa Sen',
    status: 'dissolved',
    type: 'private_enterprise',
    establishmentDate: '2012-02-15',
    headOffice: { provinceCode: '048', address: '25 đường Trần Phú, phường Hải Châu, Đà Nẵng' },
    charterCapital: '800000000',
    businessLines: [{ vsicVersion: 'VSIC2018', code: '5610', isMain: true }],
    owners: [{ personalIdNumber: '092195001122', capitalContribution: '800000000' }],
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

/** The purpose catalogue: what agreements, tokens and consents name, and what citizens read. */
export const DEMO_PURPOSES = [
  {
    code: 'SOCIAL_INSURANCE_ENROLMENT',
    textVi: 'Đăng ký tham gia và giải quyết chế độ bảo hiểm xã hội, bảo hiểm y tế',
    textEn: 'Enrolment in, and benefits of, social and health insurance',
  },
  {
    code: 'TAX_ADMINISTRATION',
    textVi: 'Quản lý thuế: đăng ký thuế, khai thuế, nộp thuế và hoàn thuế',
    textEn: 'Tax administration: registration, returns, payment and refunds',
  },
  {
    code: 'PUBLIC_SERVICE_PROCEDURE',
    textVi: 'Giải quyết thủ tục hành chính, dịch vụ công mà công dân đã nộp hồ sơ',
    textEn: 'Handling an administrative procedure or public service the citizen applied for',
  },
  {
    code: 'CRIMINAL_INVESTIGATION',
    textVi: 'Phòng, chống tội phạm; điều tra, truy tố, xét xử vụ án hình sự',
    textEn: 'Crime prevention; criminal investigation, prosecution and trial',
  },
  {
    code: 'ACCOUNT_OPENING_KYC',
    textVi: 'Xác minh danh tính khách hàng khi mở tài khoản ngân hàng, với sự đồng ý của công dân',
    textEn: "Verifying a customer's identity when opening a bank account, with the citizen's consent",
    consentBased: true,
  },
] as const;

/**
 * One active system per demo agency, `<code lowercased>-demo` (bhxh-demo, demo-bank-demo),
 * without keys: development tokens need none, and tests register systems with keys of their own.
 */
export const DEMO_AGENCY_SYSTEMS = DEMO_AGENCIES.map((agency) => ({
  clientId: `${agency.code.toLowerCase()}-demo`,
  agencyCode: agency.code,
  name: `Hệ thống thử nghiệm của ${agency.code}`,
}));

const ALL_POPULATION_CATEGORIES = DATA_CATEGORY_CODES.filter((category) => category.startsWith('population.'));

/**
 * Approved agreements of the demo agencies. DEMO-BANK has none on purpose: a bank has no
 * legal basis and reads only under a citizen's consent.
 *
 * The citations are ILLUSTRATIVE: instrument names are real, but the articles and clauses
 * have not been checked against the texts. Verify them before anything but a demo.
 */
export const DEMO_AGREEMENTS = [
  {
    agreementNumber: 'DSA-2026-0001',
    agencyCode: 'BHXH',
    categories: [
      'population.identity',
      'population.residence',
      'population.family',
      'business.profile',
      'business.representatives',
    ],
    purposes: ['SOCIAL_INSURANCE_ENROLMENT'],
    legalInstrument: 'Nghị định 70/2024/NĐ-CP',
    legalArticle: 'Điều 15',
    legalClause: 'Khoản 1',
    legalTextVi:
      'Cơ quan bảo hiểm xã hội được khai thác thông tin trong Cơ sở dữ liệu quốc gia về dân cư và Cơ sở dữ liệu quốc gia về đăng ký doanh nghiệp để giải quyết việc tham gia và hưởng chế độ bảo hiểm xã hội, bảo hiểm y tế.',
    requestsPerMinute: 600,
    sealedDisclosureDays: null,
  },
  {
    agreementNumber: 'DSA-2026-0002',
    agencyCode: 'BTC-CT',
    categories: [
      'population.identity',
      'population.residence',
      'business.profile',
      'business.owners',
      'business.representatives',
    ],
    purposes: ['TAX_ADMINISTRATION'],
    legalInstrument: 'Luật Quản lý thuế số 38/2019/QH14',
    legalArticle: 'Điều 98',
    legalClause: null,
    legalTextVi:
      'Cơ quan thuế được cung cấp thông tin về người nộp thuế từ các cơ sở dữ liệu quốc gia để thực hiện quản lý thuế.',
    requestsPerMinute: 600,
    sealedDisclosureDays: null,
  },
  {
    agreementNumber: 'DSA-2026-0003',
    agencyCode: 'HN-TTPVHCC',
    categories: ['population.identity', 'population.residence', 'population.contact', 'business.profile'],
    purposes: ['PUBLIC_SERVICE_PROCEDURE'],
    legalInstrument: 'Nghị định 118/2025/NĐ-CP',
    legalArticle: 'Điều 14',
    legalClause: null,
    legalTextVi:
      'Bộ phận Một cửa khai thác thông tin đã có trong cơ sở dữ liệu quốc gia để giải quyết thủ tục hành chính, không yêu cầu công dân, doanh nghiệp nộp lại giấy tờ.',
    requestsPerMinute: 120,
    sealedDisclosureDays: null,
  },
  {
    agreementNumber: 'DSA-2026-0004',
    agencyCode: 'BCA-C06',
    categories: ALL_POPULATION_CATEGORIES,
    purposes: ['CRIMINAL_INVESTIGATION'],
    legalInstrument: 'Bộ luật Tố tụng hình sự số 101/2015/QH13',
    legalArticle: 'Điều 88',
    legalClause: null,
    legalTextVi: 'Cơ quan có thẩm quyền tiến hành tố tụng được thu thập thông tin, tài liệu để làm rõ vụ án hình sự.',
    requestsPerMinute: 300,
    // Criminal investigations are covert: a read opens to the citizen 180 days later.
    sealedDisclosureDays: 180,
  },
] as const;

/** What the access core loads of the demo (libs/access loadAccessDemoData). */
export const DEMO_ACCESS_ROWS = {
  agencies: DEMO_AGENCIES,
  purposes: DEMO_PURPOSES,
  systems: DEMO_AGENCY_SYSTEMS,
  agreements: DEMO_AGREEMENTS,
};
