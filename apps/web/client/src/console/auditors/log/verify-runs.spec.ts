import { describe, expect, it } from '@jest/globals';
import { isStale, STALE_AFTER_DAYS } from './verify-runs';

describe("verify-log's last run, as the log page judges its age", () => {
  const now = new Date('2026-11-20T08:00:00Z');
  const ago = (ms: number) => new Date(now.getTime() - ms).toISOString();

  it(`is stale once more than ${STALE_AFTER_DAYS} days old`, () => {
    expect(isStale(ago(0), now)).toBe(false);
    expect(isStale(ago(7 * 86_400_000), now)).toBe(false);
    expect(isStale(ago(7 * 86_400_000 + 1), now)).toBe(true);
    expect(isStale(ago(30 * 86_400_000), now)).toBe(true);
  });

  it('a run from the future (a clock ahead) is not stale; a time it cannot read is', () => {
    expect(isStale(new Date(now.getTime() + 60_000).toISOString(), now)).toBe(false);
    expect(isStale('not a time', now)).toBe(true);
  });
});
