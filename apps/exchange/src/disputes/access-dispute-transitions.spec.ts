import { DISPUTE_STATUSES, nextDisputeStatus, isDisputeOpen } from './access-dispute-transitions';

describe('the life of a dispute', () => {
  it('goes from open to under review, and from under review to one of the three outcomes', () => {
    expect(nextDisputeStatus('open', 'review')).toBe('under_review');
    expect(nextDisputeStatus('under_review', { outcome: 'answered' })).toBe('answered');
    expect(nextDisputeStatus('under_review', { outcome: 'upheld' })).toBe('upheld');
    expect(nextDisputeStatus('under_review', { outcome: 'rejected' })).toBe('rejected');
  });

  it('refuses every other step: no answer before review, no second review, nothing after an outcome', () => {
    expect(nextDisputeStatus('open', { outcome: 'upheld' })).toBeNull();
    expect(nextDisputeStatus('under_review', 'review')).toBeNull();
    for (const closed of ['answered', 'upheld', 'rejected'] as const) {
      expect(nextDisputeStatus(closed, 'review')).toBeNull();
      expect(nextDisputeStatus(closed, { outcome: 'answered' })).toBeNull();
    }
  });

  it('counts a dispute as open until it has an outcome', () => {
    expect(DISPUTE_STATUSES.filter(isDisputeOpen)).toEqual(['open', 'under_review']);
  });
});
