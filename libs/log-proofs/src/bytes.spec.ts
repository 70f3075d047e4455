import { randomBytes } from 'node:crypto';
import { fromBase64Url, fromHex, toBase64Url, toHex } from './bytes';
import { decodeHash } from './merkle-hash';

describe('base64url without Buffer', () => {
  it("spells every length as Node's Buffer does, and reads it back", () => {
    for (let length = 0; length <= 70; length++) {
      const bytes = randomBytes(length);
      const text = toBase64Url(bytes);
      expect(text).toBe(bytes.toString('base64url'));
      expect(Buffer.from(fromBase64Url(text)!).equals(bytes)).toBe(true);
      expect(fromHex(toHex(bytes))).toEqual(new Uint8Array(bytes));
    }
  });

  it('refuses a second spelling of the same bytes, padding and foreign characters', () => {
    const hash = toBase64Url(randomBytes(32));
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const respelled = hash.slice(0, 42) + alphabet[alphabet.indexOf(hash[42]) ^ 1];
    expect(Buffer.from(respelled, 'base64url').toString('base64url')).toBe(hash);
    expect(fromBase64Url(respelled)).toBeNull();
    expect(decodeHash(respelled)).toBeNull();
    expect(decodeHash(hash)).toHaveLength(32);
    for (const bad of [hash + '=', hash.replace(/.$/, '+'), hash.slice(0, 42), 'A', '', 42 as never]) {
      expect(decodeHash(bad)).toBeNull();
    }
    expect(fromBase64Url('A')).toBeNull();
    expect(fromHex('abc')).toBeNull();
    expect(fromHex('zz')).toBeNull();
  });
});
