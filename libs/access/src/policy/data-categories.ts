/** Whose data a record is: a person's or an enterprise's. */
export type SubjectKind = 'citizen' | 'enterprise';

/** The registry that holds each kind of subject (its stewards curate it). */
export const REGISTRY_OF_KIND: Record<SubjectKind, 'population' | 'business'> = {
  citizen: 'population',
  enterprise: 'business',
};

export interface DataCategory {
  code: string;
  /** The registry that holds it, and whose stewards may read and write it. */
  registry: 'population' | 'business';
  /** What a citizen reads in their access log and consent requests. */
  textVi: string;
  textEn: string;
}

/**
 * The categories of shared data. Agreements and consents grant categories; every field that
 * carries personal or enterprise data names its category beside the field (@DataField).
 */
export const DATA_CATEGORIES = [
  {
    code: 'population.identity',
    registry: 'population',
    textVi: 'Thông tin nhân thân (họ tên, ngày sinh, giới tính, quốc tịch, dân tộc, tôn giáo, quê quán, giấy tờ)',
    textEn: 'Identity: names, birth, sex, nationality, ethnicity, religion, origin, identity documents',
  },
  {
    code: 'population.health',
    registry: 'population',
    textVi: 'Nhóm máu',
    textEn: 'Blood group',
  },
  {
    code: 'population.residence',
    registry: 'population',
    textVi: 'Nơi thường trú, tạm trú, nơi ở hiện tại, hộ gia đình',
    textEn: 'Permanent, temporary and current residence; household',
  },
  {
    code: 'population.family',
    registry: 'population',
    textVi: 'Quan hệ gia đình, tình trạng hôn nhân',
    textEn: 'Family links and marital status',
  },
  {
    code: 'population.contact',
    registry: 'population',
    textVi: 'Số điện thoại, thư điện tử',
    textEn: 'Phone number and e-mail',
  },
  {
    code: 'population.vital',
    registry: 'population',
    textVi: 'Tình trạng còn sống, đã chết, mất tích',
    textEn: 'Vital status: alive, deceased, missing',
  },
  {
    code: 'population.record',
    registry: 'population',
    textVi: 'Phiên bản và lịch sử cập nhật hồ sơ',
    textEn: 'Record version and change history',
  },
  {
    code: 'business.profile',
    registry: 'business',
    textVi: 'Thông tin đăng ký doanh nghiệp (tên, loại hình, tình trạng, trụ sở, vốn, ngành nghề, chi nhánh)',
    textEn: 'Registration profile: names, type, status, head office, capital, business lines, branches',
  },
  {
    code: 'business.owners',
    registry: 'business',
    textVi: 'Chủ sở hữu, thành viên góp vốn',
    textEn: 'Owners and members with their capital contributions',
  },
  {
    code: 'business.representatives',
    registry: 'business',
    textVi: 'Người đại diện theo pháp luật; vai trò của công dân trong doanh nghiệp',
    textEn: "Legal representatives; a person's roles in enterprises",
  },
  {
    code: 'business.record',
    registry: 'business',
    textVi: 'Phiên bản và lịch sử thay đổi đăng ký',
    textEn: 'Record version and amendment history',
  },
] as const satisfies readonly DataCategory[];

export type DataCategoryCode = (typeof DATA_CATEGORIES)[number]['code'];

export const DATA_CATEGORY_CODES: readonly DataCategoryCode[] = DATA_CATEGORIES.map((category) => category.code);

const BY_CODE = new Map<string, DataCategory>(DATA_CATEGORIES.map((category) => [category.code, category]));

export function dataCategory(code: string): DataCategory | undefined {
  return BY_CODE.get(code);
}
