/**
 * The key accent-insensitive search compares: no diacritics, đ as d, lower case, single
 * spaces. "Nguyễn Văn An" and "nguyen van an" have the same key.
 */
export function searchKey(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/\s+/g, ' ').trim();
}
