import { describe, expect, it } from '@jest/globals';
import { dayCount, everyDay, reportFilterFrom, reportQueryOf, windowOfDays } from './report-filter';

const NOW = new Date('2026-12-03T20:00:00Z'); // already 4 December in Vietnam

describe("the access-log report's filter", () => {
  it('defaults to the last 30 days up to today in Vietnam', () => {
    expect(reportFilterFrom(new URLSearchParams(), NOW)).toEqual({
      agencyCode: null,
      purpose: null,
      fromDay: '2026-11-05',
      toDay: '2026-12-04',
    });
  });

  it('keeps a valid agency and purpose, drops what the API would refuse, and puts a reversed period right', () => {
    const filter = reportFilterFrom(
      new URLSearchParams('agency=BTC-CT&purpose=TAX_ADMINISTRATION&from=2026-12-02&to=2026-12-01'),
      NOW,
    );
    expect(filter).toEqual({
      agencyCode: 'BTC-CT',
      purpose: 'TAX_ADMINISTRATION',
      fromDay: '2026-12-01',
      toDay: '2026-12-02',
    });
    expect(reportFilterFrom(new URLSearchParams('agency=btc ct&purpose=x y'), NOW)).toMatchObject({
      agencyCode: null,
      purpose: null,
    });
    expect(reportQueryOf(filter)).toEqual({
      agency: 'BTC-CT',
      purpose: 'TAX_ADMINISTRATION',
      from: '2026-12-01',
      to: '2026-12-02',
    });
  });

  it("asks the API for Vietnam's days: midnight +07:00 to the midnight after the last day", () => {
    expect(windowOfDays('2026-12-01', '2026-12-02')).toEqual({
      from: '2026-11-30T17:00:00.000Z',
      to: '2026-12-02T17:00:00.000Z',
    });
    expect(dayCount('2026-12-01', '2026-12-02')).toBe(2);
    expect(dayCount('2024-01-01', '2024-12-31')).toBe(366);
  });

  it('shows the days without records as zero', () => {
    expect(everyDay('2026-12-01', '2026-12-03', [{ day: '2026-12-02', released: 3, refused: 1 }])).toEqual([
      { day: '2026-12-01', released: 0, refused: 0 },
      { day: '2026-12-02', released: 3, refused: 1 },
      { day: '2026-12-03', released: 0, refused: 0 },
    ]);
  });
});
