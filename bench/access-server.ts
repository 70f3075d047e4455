import 'reflect-metadata';
import { Test } from '@nestjs/testing';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { RequestAuthenticator, type Principal } from '@app/auth';
import { loadConfig } from '@app/config';
import { requestIdMiddleware } from '@app/observability';
import { PolicyEngine, type Decision } from '@app/access';
import { AccessLogWriter } from '@app/access';
import { createApp, MAX_REQUEST_BYTES } from '@app/server';
import { populationApp } from '../apps/population/src';

/** The caller every request has on the open server, without a token. */
const ANYONE: Principal = {
  kind: 'steward',
  issuer: 'bench',
  tokenId: 'bench',
  stewardId: 'bench',
  registry: 'population',
};
const ALLOWED: Decision = { allowed: true, basis: { kind: 'steward' } };
/** A RequestAccess that allows everything at once and remembers nothing. */
const OPEN_ACCESS = {
  principal: () => Promise.resolve(ANYONE),
  decide: () => ALLOWED,
  release: () => undefined,
  refuse: () => undefined,
  released: () => [],
  refused: () => [],
};

/**
 * The population subgraph for the access benchmarks, on a free port. argv[2]:
 * - `full`: as deployed: every request's token verified, every data field decided by the
 *   policy, every release recorded in the access log before the response leaves;
 * - `no-log`: the same without the access log (its writer accepts and writes nothing);
 * - `open`: the baseline: no verification (a fixed caller), a policy that allows every field
 *   at once, no log; only the call of each field's check remains.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const mode = process.argv[2];
  const app =
    mode === 'full'
      ? await createApp(populationApp, config, { logger: false })
      : await overriddenApp(config, { open: mode === 'open' });
  await app.listen(0, '127.0.0.1');
  process.send?.({ type: 'listening', url: (await app.getUrl()).replace('[::1]', '127.0.0.1') });
}

async function overriddenApp(config: ReturnType<typeof loadConfig>, options: { open: boolean }) {
  let builder = Test.createTestingModule({ imports: [populationApp.module(config) as never] })
    .overrideProvider(AccessLogWriter)
    .useValue({ write: () => Promise.resolve() });
  if (options.open) {
    builder = builder
      .overrideProvider(RequestAuthenticator)
      .useValue({ identify: () => Promise.resolve(ANYONE), authenticate: () => Promise.resolve(ANYONE) })
      .overrideProvider(PolicyEngine)
      .useValue({ forRequest: () => OPEN_ACCESS });
  }
  const moduleRef = await builder.compile();
  const app = moduleRef.createNestApplication(new FastifyAdapter({ bodyLimit: MAX_REQUEST_BYTES }), { logger: false });
  app.use(requestIdMiddleware({ trustGatewayWith: null }));
  return app;
}

void main();
