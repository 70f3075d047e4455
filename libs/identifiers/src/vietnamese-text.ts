/**
 * The key accent-insensitive search compares: no diacritics, đ as d, lower case, single
 * spaces. "Nguyễn Văn An" and "nguyen van an" have the same key.
 */
export function searchKey(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/\s+/g, ' ').trim();
}

// Every Vietnamese letter with a diacritic, in both cases, and the letter searchKey leaves of it.
const MARKED = 'àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ';
const MARKED_LETTERS = MARKED + MARKED.toUpperCase();
const BARE_LETTERS = [...MARKED_LETTERS].map((letter) => searchKey(letter)).join('');

/**
 * searchKey in SQL, for a text column or expression: what a query compares with a searchKey
 * pattern when the table holds no stored key. Vietnamese letters only (the registries'
 * names); other marked letters keep their marks.
 */
export function searchKeySql(expression: string): string {
  return `btrim(regexp_replace(lower(translate(${expression}, '${MARKED_LETTERS}', '${BARE_LETTERS}')), '\\s+', ' ', 'g'))`;
}
