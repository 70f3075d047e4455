import { describe, expect, it } from '@jest/globals';
import { isLogSize, sizesProblem } from './log-size';

describe("a log size, as logConsistency's arguments take it", () => {
  it('is a decimal integer without sign, leading zeros or more than 16 digits', () => {
    expect(isLogSize('0')).toBe(true);
    expect(isLogSize('1024')).toBe(true);
    expect(isLogSize('9007199254740991')).toBe(true);
    for (const bad of ['', '01', '-1', '1.5', '1e3', ' 12', '99999999999999999', '9007199254740993']) {
      expect(isLogSize(bad)).toBe(false);
    }
  });

  it('refuses a reversed pair, as the server does (LOG_SIZES_REVERSED)', () => {
    expect(sizesProblem('5', '3')).toBe('LOG_SIZES_REVERSED');
    expect(sizesProblem('3', '3')).toBeNull();
    expect(sizesProblem('x', '3')).toBe('INVALID_LOG_SIZE');
  });
});
