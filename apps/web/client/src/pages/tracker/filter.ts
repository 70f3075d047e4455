import type { LogFilter } from './tracker-api';

/** The data categories a read can release, in the order the registries list them. */
export const CATEGORY_CODES = [
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

const AGENCY_CODE = /^[A-Z0-9]+(-[A-Z0-9]+)*$/;

/** The filter in the URL (agency, category, basis); anything malformed is no filter at all. */
export function filterFrom(query: URLSearchParams): LogFilter {
  const agency = query.get('agency');
  const category = query.get('category');
  const basis = query.get('basis');
  return {
    agencyCode: agency && AGENCY_CODE.test(agency) ? agency : null,
    category: category && (CATEGORY_CODES as readonly string[]).includes(category) ? category : null,
    basis: basis === 'LAW' || basis === 'CONSENT' ? basis : null,
  };
}
