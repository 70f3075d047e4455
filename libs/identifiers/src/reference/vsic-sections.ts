/**
 * Level-1 sections of the Vietnamese standard industrial classification. VSIC 2018
 * (Decision 27/2018/QĐ-TTg) until 14 Nov 2025; VSIC 2025 (aligned with ISIC Rev.5) since
 * 15 Nov 2025. Both occur in enterprise records. VSIC 2025 titles are translated from
 * ISIC Rev.5 section titles: check them against the decision's annex before display.
 * Deeper levels are not shipped: no source we could verify here.
 */
export const VSIC_SECTIONS: readonly {
  version: 'VSIC2018' | 'VSIC2025';
  code: string;
  name: string;
  validFrom: string;
  validTo: string | null;
}[] = [
  ...[
    ['A', 'Nông nghiệp, lâm nghiệp và thủy sản'],
    ['B', 'Khai khoáng'],
    ['C', 'Công nghiệp chế biến, chế tạo'],
    ['D', 'Sản xuất và phân phối điện, khí đốt, nước nóng, hơi nước và điều hòa không khí'],
    ['E', 'Cung cấp nước; hoạt động quản lý và xử lý rác thải, nước thải'],
    ['F', 'Xây dựng'],
    ['G', 'Bán buôn và bán lẻ; sửa chữa ô tô, mô tô, xe máy và xe có động cơ khác'],
    ['H', 'Vận tải kho bãi'],
    ['I', 'Dịch vụ lưu trú và ăn uống'],
    ['J', 'Thông tin và truyền thông'],
    ['K', 'Hoạt động tài chính, ngân hàng và bảo hiểm'],
    ['L', 'Hoạt động kinh doanh bất động sản'],
    ['M', 'Hoạt động chuyên môn, khoa học và công nghệ'],
    ['N', 'Hoạt động hành chính và dịch vụ hỗ trợ'],
    [
      'O',
      'Hoạt động của Đảng Cộng sản, tổ chức chính trị - xã hội, quản lý Nhà nước, an ninh quốc phòng; bảo đảm xã hội bắt buộc',
    ],
    ['P', 'Giáo dục và đào tạo'],
    ['Q', 'Y tế và hoạt động trợ giúp xã hội'],
    ['R', 'Nghệ thuật, vui chơi và giải trí'],
    ['S', 'Hoạt động dịch vụ khác'],
    [
      'T',
      'Hoạt động làm thuê các công việc trong các hộ gia đình, sản xuất sản phẩm vật chất và dịch vụ tự tiêu dùng của hộ gia đình',
    ],
    ['U', 'Hoạt động của các tổ chức và cơ quan quốc tế'],
  ].map(([code, name]) => ({
    version: 'VSIC2018' as const,
    code,
    name,
    validFrom: '2018-08-20',
    validTo: '2025-11-14',
  })),
  ...[
    ['A', 'Nông nghiệp, lâm nghiệp và thủy sản'],
    ['B', 'Khai khoáng'],
    ['C', 'Công nghiệp chế biến, chế tạo'],
    ['D', 'Sản xuất và phân phối điện, khí đốt, hơi nước và điều hòa không khí'],
    ['E', 'Cung cấp nước; hoạt động quản lý và xử lý rác thải, nước thải và xử lý ô nhiễm'],
    ['F', 'Xây dựng'],
    ['G', 'Bán buôn và bán lẻ'],
    ['H', 'Vận tải và kho bãi'],
    ['I', 'Dịch vụ lưu trú và ăn uống'],
    ['J', 'Xuất bản, phát thanh, sản xuất và phân phối nội dung'],
    ['K', 'Viễn thông; lập trình máy vi tính, tư vấn, hạ tầng tính toán và dịch vụ thông tin khác'],
    ['L', 'Hoạt động tài chính, ngân hàng và bảo hiểm'],
    ['M', 'Hoạt động kinh doanh bất động sản'],
    ['N', 'Hoạt động chuyên môn, khoa học và công nghệ'],
    ['O', 'Hoạt động hành chính và dịch vụ hỗ trợ'],
    ['P', 'Quản lý nhà nước, an ninh quốc phòng; bảo đảm xã hội bắt buộc'],
    ['Q', 'Giáo dục và đào tạo'],
    ['R', 'Y tế và hoạt động trợ giúp xã hội'],
    ['S', 'Nghệ thuật, thể thao và giải trí'],
    ['T', 'Hoạt động dịch vụ khác'],
    ['U', 'Hoạt động của hộ gia đình làm thuê, sản xuất sản phẩm và dịch vụ tự tiêu dùng'],
    ['V', 'Hoạt động của các tổ chức và cơ quan quốc tế'],
  ].map(([code, name]) => ({ version: 'VSIC2025' as const, code, name, validFrom: '2025-11-15', validTo: null })),
];
