import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSecretKeyFile } from './secret-key-file';

const KEY = { label: 'test key', variable: 'TEST_KEY_FILE', bytes: 32 };

describe('loadSecretKeyFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'secret-key-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('creates a key of the asked size, readable by its owner only, and reads the same key back', () => {
    const file = join(dir, 'keys', 'a.key');
    const key = loadSecretKeyFile(file, { ...KEY, create: true });
    expect(key).toHaveLength(32);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(loadSecretKeyFile(file, { ...KEY, create: false })).toEqual(key);
    expect(readFileSync(file, 'utf8').trim()).toBe(key.toString('base64url'));
  });

  it('names the file and its setting when the file is missing and may not be created', () => {
    expect(() => loadSecretKeyFile(join(dir, 'missing.key'), { ...KEY, create: false })).toThrow(
      /cannot read the test key file .*missing\.key \(TEST_KEY_FILE\)/,
    );
  });

  it.each([
    ['too short', Buffer.alloc(16, 1).toString('base64url')],
    ['not base64url', '!'.repeat(43)],
  ])('refuses a file that holds a key %s', (_case, text) => {
    const file = join(dir, `${_case.replace(/\W/g, '-')}.key`);
    writeFileSync(file, `${text}\n`);
    expect(() => loadSecretKeyFile(file, { ...KEY, create: true })).toThrow(/must hold 32 bytes in base64url/);
  });
});
