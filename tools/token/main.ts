import { DevTokenIssuer } from '@app/auth';
import { loadConfig } from '@app/config';
import { gatewayUrl } from '../graph/gateway-address';
import { checkKnownCodes, knownCodes } from './known-codes';
import { parseTokenArguments, tokenLifetime, USAGE, UsageError } from './token-arguments';

/**
 * `npm run --silent token -- <kind> …`: prints one development token on stdout and nothing
 * else, so that `$(npm run --silent token -- …)` is the token. Exit 2: bad usage; 1: no token
 * can be minted here (production, a bad setting, an unreadable key file). An agency token
 * names an agency and purpose the running graph (or, with none running, the demo data) knows.
 */
async function main(args: string[]): Promise<number> {
  try {
    const request = parseTokenArguments(args);
    if (request.help) {
      console.log(USAGE);
      return 0;
    }
    const config = loadConfig();
    if (!config.tokens.devIssuer) {
      console.error('There is no development issuer in production (NODE_ENV=production): no token minted.');
      return 1;
    }
    // Only an agency token names codes the registry keeps; the others need no look-up.
    if (request.claims.kind === 'agency') checkKnownCodes(request.claims, await knownCodes(gatewayUrl(config)));
    const ttlSeconds = tokenLifetime(request.ttlSeconds, config.tokens.maxTokenLifetimeSeconds);
    const token = DevTokenIssuer.fromConfig(config.tokens).mint(request.claims, ttlSeconds);
    process.stdout.write(`${token}\n`);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`${error.message}\nUsage: npm run --silent token -- --help`);
      return 2;
    }
    // ConfigError names the bad variables; a key file problem names the file.
    console.error((error as Error).message);
    return 1;
  }
}

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
