import 'reflect-metadata';
import { Test } from '@nestjs/testing';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { RequestAuthenticator, type Principal } from '@app/auth';
import { loadConfig } from '@app/config';
import { requestIdMiddleware } from '@app/observability';
import { PolicyEngine, type Decision } from '@app/policy';
import { createApp, MAX_REQUEST_BYTES } from '@app/server';
import { populationApp } from '../apps/population/src/population.app';

/** The caller every request has on the open server, without a token. */
const ANYONE: Principal = {
  kind: 'steward',
  issuer: 'bench',
  tokenId: 'bench',
  stewardId: 'bench',
  registry: 'population',
};
const ALLOWED: Decision = { allowed: true, basis: { kind: 'steward' } };

/**
 * The population subgraph for the access-cost benchmark, on a free port. argv[2]:
 * - `checked`: as deployed: every request's token verified, every data field decided by the policy;
 * - `open`: the baseline: no verification (a fixed caller) and a policy that allows every
 *   field at once; only the call of each field's check remains.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const app =
    process.argv[2] === 'open' ? await openApp(config) : await createApp(populationApp, config, { logger: false });
  await app.listen(0, '127.0.0.1');
  process.send?.({ type: 'listening', url: (await app.getUrl()).replace('[::1]', '127.0.0.1') });
}

async function openApp(config: ReturnType<typeof loadConfig>) {
  const moduleRef = await Test.createTestingModule({ imports: [populationApp.module(config) as never] })
    .overrideProvider(RequestAuthenticator)
    .useValue({ identify: () => Promise.resolve(ANYONE), authenticate: () => Promise.resolve(ANYONE) })
    .overrideProvider(PolicyEngine)
    .useValue({ forRequest: () => ({ decide: () => ALLOWED, release: () => undefined }) })
    .compile();
  const app = moduleRef.createNestApplication(new FastifyAdapter({ bodyLimit: MAX_REQUEST_BYTES }), { logger: false });
  app.use(requestIdMiddleware);
  return app;
}

void main();
