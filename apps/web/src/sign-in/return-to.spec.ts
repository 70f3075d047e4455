import { safeReturnTo } from './return-to';

describe('safeReturnTo', () => {
  it('keeps a path of the portal, with its query and fragment', () => {
    expect(safeReturnTo('/nhat-ky?tu=2026-01-01#muc-3')).toBe('/nhat-ky?tu=2026-01-01#muc-3');
    expect(safeReturnTo('/')).toBe('/');
  });

  it('turns anything that could leave the portal into /', () => {
    for (const value of [
      'https://evil.example/',
      '//evil.example/x',
      '/\\evil.example',
      '\\\\evil.example',
      'javascript:alert(1)',
      '/\tevil',
      '/%0d%0aSet-Cookie:x',
      '',
      undefined,
      ['/a'],
      'relative/path',
      `/${'a'.repeat(600)}`,
    ]) {
      const safe = safeReturnTo(value);
      expect(safe.startsWith('/') && !safe.startsWith('//')).toBe(true);
      expect(new URL(safe, 'https://portal.invalid').origin).toBe('https://portal.invalid');
    }
    expect(safeReturnTo('https://evil.example/')).toBe('/');
    expect(safeReturnTo('//evil.example/x')).toBe('/');
    expect(safeReturnTo('/\\evil.example')).toBe('/');
  });
});
