import { parseDateTime } from './date-time';
import { DateTimeScalar, isInvalidDate } from './date-time.scalar';
import { Kind } from 'graphql';

describe('parseDateTime', () => {
  it.each([
    ['2026-02-28T09:30:00Z', '2026-02-28T09:30:00.000Z'],
    ['2024-02-29T00:00:00Z', '2024-02-29T00:00:00.000Z'],
    ['2026-03-01T07:00:00.5+07:00', '2026-03-01T00:00:00.500Z'],
    ['2026-03-01t00:00:00.123456z', '2026-03-01T00:00:00.123Z'],
    ['0050-01-01T00:00:00Z', '0050-01-01T00:00:00.000Z'],
  ])('reads %s', (text, iso) => {
    expect(parseDateTime(text)?.toISOString()).toBe(iso);
  });

  it.each([
    '2026-02-30T00:00:00Z',
    '2025-02-29T00:00:00Z',
    '1900-02-29T00:00:00Z',
    '2026-04-31T00:00:00Z',
    '2026-13-01T00:00:00Z',
    '2026-00-10T00:00:00Z',
    '0000-00-00T00:00:00Z',
    '0000-01-01T00:00:00Z',
    '2026-01-01T24:00:00Z',
    '2026-01-01T23:60:00Z',
    '2026-01-01T23:59:60Z',
    '2026-01-01T00:00:00+24:00',
    '2026-01-01T00:00:00',
    '2026-01-01',
    '2026-01-01T00:00:00Z\u0000',
    'soon',
  ])('refuses %s', (text) => {
    expect(parseDateTime(text)).toBeNull();
  });
});

describe('the DateTime scalar', () => {
  it('reads an impossible day, as a variable or as a literal, as an invalid Date (refused by the pipe)', () => {
    expect(isInvalidDate(DateTimeScalar.parseValue('2026-02-30T00:00:00Z'))).toBe(true);
    expect(isInvalidDate(DateTimeScalar.parseLiteral({ kind: Kind.STRING, value: '2026-02-30T00:00:00Z' }))).toBe(true);
    expect(isInvalidDate(DateTimeScalar.parseValue(1767225600000))).toBe(true);
  });

  it('reads a real one and writes ISO 8601 in UTC', () => {
    const date = DateTimeScalar.parseValue('2026-02-28T16:30:00+07:00');
    expect(isInvalidDate(date)).toBe(false);
    expect(DateTimeScalar.serialize(date)).toBe('2026-02-28T09:30:00.000Z');
  });
});
