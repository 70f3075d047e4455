/**
 * The columns of an enterprises file, in the order the generator writes them: one row per
 * enterprise, its collections in list columns (see joinList).
 *
 * - business_lines: `VSIC2018|4711|main;VSIC2018|4722` (version, code, `main` on exactly one)
 * - legal_representatives: `001085012345|Giám đốc;…` (personal ID number, title)
 * - owners: `person|001085012345|500000000;enterprise|0100233488|…;name|ABC Holdings Ltd.|…`
 *   (kind, party, contribution in VND)
 * - branches: `0100233488-001|branch|Chi nhánh …|001|Số 1 Lê Lợi, phường …;…`
 *   (code, branch or representative_office, name, province code, address)
 */
export const ENTERPRISE_COLUMNS = [
  'enterprise_code',
  'name',
  'foreign_name',
  'abbreviation',
  'type',
  'status',
  'establishment_date',
  'head_office_province_code',
  'head_office_address',
  'charter_capital',
  'business_lines',
  'legal_representatives',
  'owners',
  'branches',
] as const;

export type EnterpriseColumn = (typeof ENTERPRISE_COLUMNS)[number];

/** One row of an enterprises file as text, an empty string standing for "not known" or "none". */
export type EnterpriseCsvRow = Record<EnterpriseColumn, string>;

/**
 * A list column: items separated by `;`, an item's parts by `|`; a `;`, `|` or `\` inside a
 * part is escaped with `\`.
 */
export function joinList(items: readonly (readonly string[])[]): string {
  return items.map((parts) => parts.map((part) => part.replace(/[\\;|]/g, '\\$&')).join('|')).join(';');
}

/** The items of a list column, each as its parts; an empty cell is an empty list. */
export function splitList(text: string): string[][] {
  if (text.trim() === '') return [];
  const items: string[][] = [];
  let parts: string[] = [];
  let part = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\' && i + 1 < text.length) part += text[++i];
    else if (c === '|') {
      parts.push(part);
      part = '';
    } else if (c === ';') {
      parts.push(part);
      items.push(parts);
      parts = [];
      part = '';
    } else part += c;
  }
  parts.push(part);
  items.push(parts);
  return items;
}
