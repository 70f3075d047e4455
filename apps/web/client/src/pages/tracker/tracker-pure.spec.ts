import { describe, expect, it } from '@jest/globals';
import { toCsv } from './csv';
import { filterFrom } from './filter';
import { FIRST_PAGE, nextPage, positionFrom, previousPage } from './paging';
import { periodFrom, todayInVietnam, windowOf } from './period';

// The tracker's pure parts: the period in Vietnam's days, keyset paging in the URL, the CSV.

describe('the period filter', () => {
  it('is a day in Vietnam from its midnight (+07:00) to the next, the last day included', () => {
    const window = windowOf({ fromDay: '2026-03-01', toDay: '2026-03-31' });
    expect(window).toEqual({ from: '2026-02-28T17:00:00.000Z', to: '2026-03-31T17:00:00.000Z' });
  });

  it("takes today's date in Vietnam, which is tomorrow in UTC after 17:00", () => {
    expect(todayInVietnam(new Date('2026-12-02T16:59:59Z'))).toBe('2026-12-02');
    expect(todayInVietnam(new Date('2026-12-02T17:00:00Z'))).toBe('2026-12-03');
  });

  it('defaults to the year up to today, and ignores days that are not dates', () => {
    const now = new Date('2026-12-02T03:00:00Z');
    expect(periodFrom(new URLSearchParams(''), now)).toEqual({ fromDay: '2025-12-02', toDay: '2026-12-02' });
    expect(periodFrom(new URLSearchParams('from=2026-02-30x&to=yesterday'), now)).toEqual({
      fromDay: '2025-12-02',
      toDay: '2026-12-02',
    });
  });

  it('puts a reversed period the right way round', () => {
    expect(periodFrom(new URLSearchParams('from=2026-05-01&to=2026-04-01'))).toEqual({
      fromDay: '2026-04-01',
      toDay: '2026-05-01',
    });
  });
});

describe('keyset paging in the URL', () => {
  const at = (values: Record<string, string | null>) =>
    positionFrom(
      new URLSearchParams(Object.entries(values).filter((pair): pair is [string, string] => pair[1] !== null)),
    );

  it('goes forward by the end cursor and back along the trail to the first page', () => {
    const first = at({});
    expect(first).toEqual({ after: null, trail: [] });
    const second = at(nextPage(first, 'AAA'));
    expect(second).toEqual({ after: 'AAA', trail: [null] });
    const third = at(nextPage(second, 'BBB'));
    expect(third).toEqual({ after: 'BBB', trail: [null, 'AAA'] });
    expect(at(previousPage(third))).toEqual(second);
    expect(at(previousPage(second))).toEqual(first);
  });

  it('starts again at the newest entries when a filter changes', () => {
    expect(at(FIRST_PAGE)).toEqual({ after: null, trail: [] });
  });
});

describe('the CSV export', () => {
  it('starts with a byte-order mark, ends lines with CRLF and quotes what needs quoting', () => {
    const csv = toCsv(['Thời gian', 'Mục đích'], [['1 thg 3, 2026', 'Quản lý thuế, "kỳ 1"\nnăm 2026']]);
    expect(csv).toBe('\uFEFFThời gian,Mục đích\r\n"1 thg 3, 2026","Quản lý thuế, ""kỳ 1""\nnăm 2026"\r\n');
  });

  it('keeps a spreadsheet from running a cell as a formula', () => {
    expect(toCsv(['a'], [['=HYPERLINK("x")'], ['-1']])).toBe('\uFEFFa\r\n"\'=HYPERLINK(""x"")"\r\n\'-1\r\n');
  });
});

describe('the filters in the URL', () => {
  it('takes an agency code, a known category and a basis, and drops what is malformed', () => {
    expect(filterFrom(new URLSearchParams('agency=BTC-CT&category=population.residence&basis=CONSENT'))).toEqual({
      agencyCode: 'BTC-CT',
      category: 'population.residence',
      basis: 'CONSENT',
    });
    expect(filterFrom(new URLSearchParams('agency=btc ct&category=population.secrets&basis=SELF'))).toEqual({
      agencyCode: null,
      category: null,
      basis: null,
    });
  });
});
