import type { MessageId } from '../i18n/catalogue';
import { categoryMessages } from '../i18n/categories.messages';

const KNOWN = new Set<string>(Object.keys(categoryMessages.vi));

/**
 * The catalogue's name and description of a data category (e.g. population.contact); a code the
 * catalogue does not know yet (a category added to libs/access later) is named by its code.
 */
export function categoryTexts(
  t: (id: MessageId, values?: Record<string, string>) => string,
  code: string,
): { name: string; description: string | null } {
  const name = `category.${code}.name`;
  const description = `category.${code}.description`;
  if (!KNOWN.has(name)) return { name: t('category.unknown', { code }), description: null };
  return { name: t(name as MessageId), description: KNOWN.has(description) ? t(description as MessageId) : null };
}
