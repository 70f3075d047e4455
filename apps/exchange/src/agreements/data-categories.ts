import { dataCategory } from '@app/policy';

/** Whether `category` is one of the data categories of the policy's catalogue (libs/policy). */
export function isKnownDataCategory(category: string): boolean {
  return dataCategory(category) !== undefined;
}
