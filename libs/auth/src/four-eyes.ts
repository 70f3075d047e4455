/**
 * The four-eyes rule's one question: do two operator (or steward) ids name the same person?
 * Ids are compared without regard to case, so that `ADM-AN` cannot approve what `adm-an` did.
 */
export function isSameOperator(a: string | null | undefined, b: string | null | undefined): boolean {
  return typeof a === 'string' && typeof b === 'string' && a.toLowerCase() === b.toLowerCase();
}
