import { defineMessages } from './messages';

/**
 * The data categories of libs/access (DATA_CATEGORIES) in a citizen's words: a short name for
 * headings and lists, and what it holds. Both the record and the consents pages name them.
 */
export const categoryMessages = defineMessages({
  vi: {
    'category.population.identity.name': 'Nhân thân và giấy tờ tùy thân',
    'category.population.identity.description':
      'Họ tên, ngày và nơi sinh, giới tính, quốc tịch, dân tộc, tôn giáo, quê quán, căn cước và giấy tờ tùy thân.',
    'category.population.health.name': 'Nhóm máu',
    'category.population.health.description': 'Nhóm máu của bạn.',
    'category.population.residence.name': 'Nơi cư trú',
    'category.population.residence.description': 'Nơi thường trú, nơi tạm trú, nơi ở hiện tại và hộ gia đình.',
    'category.population.family.name': 'Gia đình',
    'category.population.family.description': 'Cha, mẹ, vợ hoặc chồng, con, người giám hộ; tình trạng hôn nhân.',
    'category.population.contact.name': 'Thông tin liên lạc',
    'category.population.contact.description': 'Số điện thoại và địa chỉ thư điện tử.',
    'category.population.vital.name': 'Tình trạng sống',
    'category.population.vital.description': 'Còn sống, đã chết hay mất tích, và ngày ghi nhận.',
    'category.population.record.name': 'Lịch sử hồ sơ',
    'category.population.record.description': 'Phiên bản hồ sơ và thời điểm cập nhật gần nhất.',
    'category.business.representatives.name': 'Vai trò trong doanh nghiệp',
    'category.business.representatives.description':
      'Các doanh nghiệp mà bạn là người đại diện theo pháp luật hoặc chủ sở hữu, thành viên góp vốn.',
    'category.business.profile.name': 'Thông tin đăng ký doanh nghiệp',
    'category.business.profile.description':
      'Tên, loại hình, tình trạng, trụ sở, vốn, ngành nghề và chi nhánh của doanh nghiệp.',
    'category.business.owners.name': 'Chủ sở hữu doanh nghiệp',
    'category.business.owners.description': 'Chủ sở hữu và thành viên góp vốn cùng phần vốn góp.',
    'category.business.record.name': 'Lịch sử đăng ký doanh nghiệp',
    'category.business.record.description': 'Phiên bản và lịch sử thay đổi đăng ký doanh nghiệp.',
    'category.unknown': 'Loại dữ liệu khác ({code})',
  },
  en: {
    'category.population.identity.name': 'Identity and identity documents',
    'category.population.identity.description':
      'Names, date and place of birth, sex, nationality, ethnicity, religion, place of origin, identity card and documents.',
    'category.population.health.name': 'Blood group',
    'category.population.health.description': 'Your blood group.',
    'category.population.residence.name': 'Residence',
    'category.population.residence.description': 'Permanent, temporary and current residence, and household.',
    'category.population.family.name': 'Family',
    'category.population.family.description': 'Father, mother, spouse, children, guardian; marital status.',
    'category.population.contact.name': 'Contact details',
    'category.population.contact.description': 'Phone number and e-mail address.',
    'category.population.vital.name': 'Vital status',
    'category.population.vital.description': 'Alive, deceased or missing, and the date recorded.',
    'category.population.record.name': 'Record history',
    'category.population.record.description': 'The record version and when it was last updated.',
    'category.business.representatives.name': 'Roles in enterprises',
    'category.business.representatives.description':
      'Enterprises where you are the legal representative, an owner or a member with a capital contribution.',
    'category.business.profile.name': 'Enterprise registration',
    'category.business.profile.description':
      "An enterprise's names, type, status, head office, capital, business lines and branches.",
    'category.business.owners.name': 'Enterprise owners',
    'category.business.owners.description': 'Owners and members with their capital contributions.',
    'category.business.record.name': 'Enterprise registration history',
    'category.business.record.description': 'Versions and history of changes to a registration.',
    'category.unknown': 'Other data ({code})',
  },
});
