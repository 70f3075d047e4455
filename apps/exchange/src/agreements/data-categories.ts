import { dataCategory } from '@app/access';

/** Whether `category` is one of the data categories of the policy's catalogue (libs/access). */
export function isKnownDataCategory(category: string): boolean {
  return dataCategory(category) !== undefined;
}
