import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DevTokenIssuer } from '@app/auth';
import { loadConfig } from '@app/config';

export interface KeyServer {
  tokens: DevTokenIssuer;
  /** For the server under test: where its development issuer's keys are published. */
  env: Record<string, string>;
  close(): Promise<void>;
}

/**
 * A subgraph benchmarked alone still verifies tokens against published keys: this serves a
 * development issuer's key set where the exchange would, so no exchange needs to run.
 */
export async function startKeyServer(): Promise<KeyServer> {
  const keysDir = mkdtempSync(join(tmpdir(), 'sochung-bench-keys-'));
  const keyFile = join(keysDir, 'dev-issuer.private.jwk');
  const tokens = DevTokenIssuer.fromConfig(loadConfig({ NODE_ENV: 'test', DEV_ISSUER_KEY_FILE: keyFile }).tokens);
  const server = createServer((request, response) => {
    const body = request.url === '/.well-known/dev-jwks.json' ? tokens.jwks() : { keys: [] };
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    tokens,
    env: { DEV_ISSUER_KEY_FILE: keyFile, EXCHANGE_URL: `http://127.0.0.1:${port}/graphql` },
    close: async () => {
      await new Promise((resolve) => server.close(resolve));
      rmSync(keysDir, { recursive: true, force: true });
    },
  };
}
