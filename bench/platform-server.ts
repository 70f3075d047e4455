import 'reflect-metadata';
import { ExpressAdapter } from '@nestjs/platform-express';
import { loadConfig } from '@app/config';
import { createApp } from '@app/server';
import { populationApp } from '../apps/population/src';

/**
 * The population subgraph on the HTTP platform named in argv[2] (express | fastify), on a
 * free port, reporting its URL to the parent. The benchmark's server under test.
 */
async function main(): Promise<void> {
  const platform = process.argv[2];
  const config = loadConfig();
  const app = await createApp(populationApp, config, {
    // Fastify is the apps' default; Express is the baseline it was chosen against.
    httpAdapter: platform === 'express' ? new ExpressAdapter() : undefined,
    logger: false,
  });
  await app.listen(0, '127.0.0.1');
  process.send?.({ type: 'listening', url: (await app.getUrl()).replace('[::1]', '127.0.0.1') });
}

void main();
