/** The fields of a citizen the merge page loads and compares. */
export interface MergeCitizen {
  personalIdNumber: string;
  fullName: string | null;
  sex: string | null;
  birthDate: { year: number; month: number | null; day: number | null } | null;
  placeOfBirth: string | null;
  placeOfOrigin: string | null;
  ethnicity: { name: string } | null;
  nationality: string | null;
  permanentResidence: { address: string | null } | null;
  oldIdNumber: string | null;
  phone: string | null;
  email: string | null;
  vitalStatus: string | null;
  version: number | null;
  updatedAt: string | null;
  mergedFrom: string | null;
}

export const PREVIEW_FIELDS = [
  'fullName',
  'sex',
  'birthDate',
  'placeOfBirth',
  'placeOfOrigin',
  'ethnicity',
  'nationality',
  'permanentResidence',
  'oldIdNumber',
  'phone',
  'email',
  'vitalStatus',
] as const;
export type PreviewField = (typeof PREVIEW_FIELDS)[number];

const pad = (n: number) => String(n).padStart(2, '0');

/** A field as comparable text: a partial date as YYYY, YYYY-MM or YYYY-MM-DD; codes as they are. */
export function fieldValue(citizen: MergeCitizen, field: PreviewField): string | null {
  switch (field) {
    case 'birthDate': {
      const date = citizen.birthDate;
      if (!date) return null;
      if (date.month === null) return String(date.year);
      return date.day === null ? `${date.year}-${pad(date.month)}` : `${date.year}-${pad(date.month)}-${pad(date.day)}`;
    }
    case 'ethnicity':
      return citizen.ethnicity?.name ?? null;
    case 'permanentResidence':
      return citizen.permanentResidence?.address || null;
    default:
      return citizen[field] || null;
  }
}

export interface PreviewRow {
  field: PreviewField;
  survivor: string | null;
  duplicate: string | null;
  /** What either number shows after the merge: always the survivor's value. */
  after: string | null;
  differs: boolean;
  /**
   * The duplicate holds a value the survivor does not show: after the merge neither number
   * shows it (it stays in the duplicate's history). A steward corrects the survivor for it.
   */
  dropped: boolean;
}

/**
 * What a merge does, as apps/population applies it (change-requests.service.ts): the duplicate
 * is marked merged into the survivor and nothing is copied. The survivor keeps every value of
 * its own; the duplicate's number leads to the survivor (its reads say mergedFrom); the
 * duplicate's versions stay in its history.
 */
export function mergePreview(survivor: MergeCitizen, duplicate: MergeCitizen): PreviewRow[] {
  return PREVIEW_FIELDS.map((field) => {
    const kept = fieldValue(survivor, field);
    const other = fieldValue(duplicate, field);
    return {
      field,
      survivor: kept,
      duplicate: other,
      after: kept,
      differs: kept !== other,
      dropped: other !== null && kept !== other,
    };
  });
}

export type MergeProblem = 'same' | 'survivorMerged' | 'duplicateMerged';

/**
 * Why the registry would refuse this pair, before asking: a record merged into itself
 * (INVALID_MERGE), or a number that already leads elsewhere (CITIZEN_NOT_FOUND).
 */
export function mergeProblem(survivor: MergeCitizen, duplicate: MergeCitizen): MergeProblem | null {
  if (survivor.mergedFrom) return 'survivorMerged';
  if (duplicate.mergedFrom) return 'duplicateMerged';
  if (survivor.personalIdNumber === duplicate.personalIdNumber) return 'same';
  return null;
}
