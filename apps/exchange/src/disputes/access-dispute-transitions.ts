export const DISPUTE_STATUSES = ['open', 'under_review', 'answered', 'upheld', 'rejected'] as const;
export type DisputeStatus = (typeof DISPUTE_STATUSES)[number];

export const DISPUTE_OUTCOMES = ['answered', 'upheld', 'rejected'] as const;
export type DisputeOutcome = (typeof DISPUTE_OUTCOMES)[number];

/** What an auditor does to a dispute: take it up, or decide it. */
export type DisputeStep = 'review' | { outcome: DisputeOutcome };

/** A dispute still waiting for its outcome: at most one such per access-log entry. */
export function isDisputeOpen(status: DisputeStatus): boolean {
  return status === 'open' || status === 'under_review';
}

/**
 * The status after `step`, or null when the step is not allowed from `status`. An auditor
 * takes a dispute up before deciding it, so the citizen sees that someone is looking; an
 * outcome is final (a citizen who disagrees opens a new dispute on the entry).
 */
export function nextDisputeStatus(status: DisputeStatus, step: DisputeStep): DisputeStatus | null {
  if (step === 'review') return status === 'open' ? 'under_review' : null;
  return status === 'under_review' ? step.outcome : null;
}
