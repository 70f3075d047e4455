import type { MessageId } from '../../i18n/catalogue';
import type { Basis, Citation, Entry } from './tracker-api';
import { trackerMessages } from './tracker.messages';

type T = (id: MessageId, values?: Record<string, string | number | Date>) => string;

/** A category in words: the page's own name for it, else the registry's Vietnamese text, else its code. */
export function categoryText(t: T, code: string, fromRegistry?: string | null): string {
  const id = `tracker.category.${code}`;
  return id in trackerMessages.vi ? t(id as MessageId) : (fromRegistry ?? code);
}

/** "Nghị định 70/2024/NĐ-CP, Điều 15, Khoản 2": the provision as lawyers cite it. */
export const citationText = (citation: Citation): string =>
  [citation.instrument, citation.article, citation.clause].filter(Boolean).join(', ');

/** What allowed one category of the read, in a sentence. */
export function basisText(t: T, basis: Basis): string {
  switch (basis.kind) {
    case 'AGREEMENT':
      return basis.citation
        ? t('tracker.basis.AGREEMENT', { citation: citationText(basis.citation) })
        : t('tracker.basis.AGREEMENT.noCitation', { agreement: basis.agreementNumber ?? '' });
    case 'CONSENT':
      return t('tracker.basis.CONSENT', { consentId: basis.consentId ?? '' });
    case 'SELF':
      return t('tracker.basis.SELF');
    case 'STEWARD':
      return t('tracker.basis.STEWARD');
    case 'DISPUTE':
      return t('tracker.basis.DISPUTE');
    default:
      return t('tracker.basis.other', { kind: basis.kind });
  }
}

/** The reader as the citizen knows it: the agency's Vietnamese name (with its code), or "you". */
export function readerText(t: T, entry: Entry): string {
  if (entry.agencyName && entry.agencyCode && entry.agencyName !== entry.agencyCode)
    return `${entry.agencyName} (${entry.agencyCode})`;
  return entry.agencyName ?? entry.agencyCode ?? t('tracker.entry.unknownReader');
}

/** Several categories read on the same basis are told once: the basis, then its categories. */
export function basesByText(t: T, bases: Basis[]): { text: string; detail: string | null; categories: string[] }[] {
  const groups = new Map<string, { text: string; detail: string | null; categories: string[] }>();
  for (const basis of bases) {
    const text = basisText(t, basis);
    const group = groups.get(text) ?? { text, detail: basis.citation?.textVi ?? null, categories: [] };
    group.categories.push(categoryText(t, basis.category, basis.categoryTextVi));
    groups.set(text, group);
  }
  return [...groups.values()];
}

/** Whether the read was one of a bulk lookup (many people asked for at once). */
export const isBulk = (entry: Entry): boolean => entry.bulk === true;
