import { CATEGORY_PATTERN } from '@app/auth';

/**
 * The data categories an agreement may name. Interim: libs/policy will hold the canonical
 * catalogue (with the fields of each category), and this list will give way to it.
 */
export const KNOWN_DATA_CATEGORIES = [
  'population.identity',
  'population.health',
  'population.residence',
  'population.family',
  'population.contact',
  'population.vital',
  'population.record',
  'business.profile',
  'business.owners',
  'business.representatives',
  'business.record',
] as const;

const KNOWN = new Set<string>(KNOWN_DATA_CATEGORIES);

/** Whether `category` is well formed and one the registry knows. */
export function isKnownDataCategory(category: string): boolean {
  return CATEGORY_PATTERN.test(category) && KNOWN.has(category);
}
