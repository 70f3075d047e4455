import { describe, expect, it } from '@jest/globals';
import { keysetPage } from './page';

describe('keysetPage', () => {
  it('keeps the first `first` rows and says more follow when the extra row came back', () => {
    expect(keysetPage([1, 2, 3], 2)).toEqual({ rows: [1, 2], last: 2, hasNextPage: true });
  });

  it('is the last page when no extra row came back, whether full or not', () => {
    expect(keysetPage([1, 2], 2)).toEqual({ rows: [1, 2], last: 2, hasNextPage: false });
    expect(keysetPage([1], 2)).toEqual({ rows: [1], last: 1, hasNextPage: false });
  });

  it('has no last row on an empty page', () => {
    expect(keysetPage([], 5)).toEqual({ rows: [], last: undefined, hasNextPage: false });
  });
});
