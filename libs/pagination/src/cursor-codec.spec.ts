import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { CursorCodec } from './cursor-codec';
import { loadCursorKey } from './cursor-key';

const codec = new CursorCodec(randomBytes(32));
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
const decodeError = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
};

describe('the cursor codec', () => {
  const position = { at: '2026-12-02T06:06:42.653000Z', seq: '17' };

  it('round-trips each kind of position', () => {
    expect(codec.decode('accessLog', codec.encode('accessLog', position))).toEqual(position);
    expect(codec.decode('agency', codec.encode('agency', { code: 'BTC-CT-HN' }))).toEqual({ code: 'BTC-CT-HN' });
    const consent = { at: new Date('2026-01-02T03:04:05.678Z'), id: '0b0e4a52-4c5e-4d3a-9a55-3f1b9d9c0a11' };
    expect(codec.decode('consent', codec.encode('consent', consent))).toEqual(consent);
    expect(codec.decode('dispute', codec.encode('dispute', consent))).toEqual(consent);
    // Sealed with its kind: a consent page's cursor does not page disputes.
    expect(decodeError(() => codec.decode('dispute', codec.encode('consent', consent)))).toMatchObject({
      code: 'INVALID_CURSOR',
    });
    const search = { name: 'nguyen van an', personalIdNumber: '001085012345' };
    expect(codec.decode('citizenSearch', codec.encode('citizenSearch', search))).toEqual(search);
    const agreement = { agreementNumber: 'DSA-2026-0001', version: 3 };
    expect(codec.decode('agreement', codec.encode('agreement', agreement))).toEqual(agreement);
  });

  it('seals the position: nothing of it can be read from the cursor (issue 10, item 8)', () => {
    const decoded = Buffer.from(codec.encode('accessLog', position), 'base64url').toString('latin1');
    expect(decoded).not.toContain('|17');
    expect(decoded).not.toContain('"17"');
    expect(decoded).not.toContain('2026-12-02');
    // Padded: a seq of 1 digit or of 19 gives a cursor of the same length.
    expect(codec.encode('accessLog', { ...position, seq: '1' }).length).toBe(
      codec.encode('accessLog', { ...position, seq: '9223372036854775807' }).length,
    );
  });

  it.each([
    ['the old plain agencies cursor with a NUL', b64('\u0000')],
    ['an old plain tracker cursor', b64('2026-02-30T00:00:00.000000Z|1')],
    ['text that is not base64url', 'not a cursor!'],
    ['nothing much', 'AA'],
  ])('refuses %s with INVALID_CURSOR naming the argument', (_case, cursor) => {
    expect(decodeError(() => codec.decode('accessLog', cursor))).toMatchObject({
      code: 'INVALID_CURSOR',
      field: 'after',
    });
  });

  it("refuses another kind's cursor, another key's, and an altered one", () => {
    const cursor = codec.encode('agency', { code: 'BHXH' });
    expect(decodeError(() => codec.decode('accessLog', cursor))).toMatchObject({ code: 'INVALID_CURSOR' });
    expect(decodeError(() => new CursorCodec(randomBytes(32)).decode('agency', cursor))).toMatchObject({
      code: 'INVALID_CURSOR',
    });
    const bytes = Buffer.from(cursor, 'base64url');
    bytes[bytes.length - 20] ^= 1;
    expect(decodeError(() => codec.decode('agency', bytes.toString('base64url')))).toMatchObject({
      code: 'INVALID_CURSOR',
    });
  });

  it('refuses a sealed position its kind could not have made (a key that leaked does not reach SQL)', () => {
    for (const [at, seq] of [
      ['0000-00-00T00:00:00.000000Z', '1'],
      ['2026-02-30T00:00:00.000000Z', '1'],
      ['2026-01-01T00:00:00.000000Z', '9999999999999999999'],
      ['2026-01-01T00:00:00.000000Z', '-1'],
    ]) {
      expect(decodeError(() => codec.decode('accessLog', codec.encode('accessLog', { at, seq })))).toMatchObject({
        code: 'INVALID_CURSOR',
      });
    }
    const nul = codec.encode('citizenSearch', { name: '\u0000', personalIdNumber: '001085012345' });
    expect(decodeError(() => codec.decode('citizenSearch', nul))).toMatchObject({ code: 'INVALID_CURSOR' });
  });

  it('answers anything at all with a position or INVALID_CURSOR, never another error', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.uint8Array().map((bytes) => Buffer.from(bytes).toString('base64url')),
        ),
        (cursor) => {
          const error = decodeError(() => codec.decode('consent', cursor));
          expect(error).toMatchObject({ code: 'INVALID_CURSOR' });
        },
      ),
    );
  });
});

describe('the cursor key', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'sochung-cursor-key-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('is created once outside production, and read back the same', () => {
    const file = join(dir, 'keys', 'cursor.key');
    const key = loadCursorKey(file, { create: true });
    expect(key).toHaveLength(32);
    expect(loadCursorKey(file, { create: false })).toEqual(key);
    expect(readFileSync(file, 'utf8').trim()).toBe(key.toString('base64url'));
  });

  it('must be provided in production', () => {
    expect(() => loadCursorKey(join(dir, 'missing.key'), { create: false })).toThrow(/cannot read the cursor key file/);
  });
});
