import { SignJWT } from 'jose';
import { isSchemaReader, signSchemaToken } from './schema-token';

const SECRET = 'a-secret-of-at-least-thirty-two-characters';

describe('schema tokens', () => {
  it('proves the gateway and the composition tool, with the secret, for a minute', async () => {
    for (const reader of ['gateway', 'compose'] as const) {
      expect(await isSchemaReader(SECRET, `Bearer ${await signSchemaToken(SECRET, reader)}`, 0)).toBe(true);
    }
    const old = await signSchemaToken(SECRET, 'gateway', Date.now() - 61_000);
    expect(await isSchemaReader(SECRET, `Bearer ${old}`, 0)).toBe(false);
    expect(await isSchemaReader(SECRET, `Bearer ${old}`, 30)).toBe(true);
  });

  it('proves nothing with another secret, no token, or a token of another kind', async () => {
    const token = await signSchemaToken(`${SECRET}-other`, 'gateway');
    expect(await isSchemaReader(SECRET, `Bearer ${token}`, 30)).toBe(false);
    expect(await isSchemaReader(SECRET, undefined, 30)).toBe(false);
    expect(await isSchemaReader(SECRET, (await signSchemaToken(SECRET, 'gateway')).toString(), 30)).toBe(false);
    const key = new TextEncoder().encode(SECRET);
    const longLived = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('sochung-gateway')
      .setAudience('sochung-subgraph-schema')
      .setIssuedAt(Math.floor(Date.now() / 1000) - 3600)
      .setExpirationTime('1d')
      .sign(key);
    expect(await isSchemaReader(SECRET, `Bearer ${longLived}`, 30)).toBe(false);
    const otherAudience = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('sochung-gateway')
      .setAudience('sochung-api')
      .setIssuedAt()
      .setExpirationTime('1m')
      .sign(key);
    expect(await isSchemaReader(SECRET, `Bearer ${otherAudience}`, 30)).toBe(false);
  });
});
