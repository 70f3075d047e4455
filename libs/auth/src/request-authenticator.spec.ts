import { loadConfig } from '@app/config';
import { UnauthenticatedError } from './auth.errors';
import { RequestAuthenticator } from './request-authenticator';

describe('RequestAuthenticator: the Authorization header', () => {
  // No key set is fetched: every header here is refused before a signature is looked at.
  const authenticator = new RequestAuthenticator(loadConfig({}));
  const identify = (authorization: string | string[] | undefined) =>
    authenticator.identify({ headers: { authorization } });

  it('no header: no caller (an operation that needs one refuses later)', async () => {
    await expect(identify(undefined)).resolves.toBeNull();
    await expect(authenticator.authenticate({ headers: {} })).rejects.toThrow(/A bearer token is required/);
  });

  it.each([
    ['Basic', `Basic ${Buffer.from('st-alice:password').toString('base64')}`],
    ['a token without a scheme', 'eyJhbGciOiJFZERTQSJ9.e30.sig'],
    ['Bearer and nothing', 'Bearer'],
    ['two tokens', 'Bearer a.b.c d.e.f'],
    ['Steward (the old scheme)', 'Steward st-alice:secret'],
    ['a repeated header', ['Bearer a.b.c', 'Bearer d.e.f']],
  ])('%s: UNAUTHENTICATED', async (_name, authorization) => {
    const refusal = identify(authorization);
    await expect(refusal).rejects.toBeInstanceOf(UnauthenticatedError);
    await expect(refusal).rejects.toThrow(/must be "Bearer <token>"/);
  });

  it('a bearer that is not a JWT: UNAUTHENTICATED, before any key set is fetched', async () => {
    await expect(identify('Bearer garbage')).rejects.toThrow(/Invalid bearer token: the token is not a signed JWT/);
    await expect(identify(`Bearer ${'x'.repeat(9000)}`)).rejects.toThrow(/larger than 8192 bytes/);
  });
});
