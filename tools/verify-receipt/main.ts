import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { couldNotJudge, verifyConsentReceipt } from '@app/log-proofs';
import { loadKeySet } from '../verify-log/key-set';
import { loadConfig } from '@app/config';
import { gatewayJwksUrl } from '../graph/gateway-address';

const USAGE = `Usage: npm run verify-receipt -- <receipt.jws | file> [--jwks <file or URL>]

Checks a consent receipt with the registry's public key set only, and prints what it says.
  --jwks <file|URL>   the registry's key set; default the running gateway's,
                      http://<HOST>:<GATEWAY_PORT>/.well-known/jwks.json
Exit 0: it verifies; 1: it does not; 2: it could not be checked (usage, key set).`;

class UsageError extends Error {}

/** `npm run verify-receipt`: one consent receipt checked offline against the published keys. */
async function main(args: string[]): Promise<number> {
  try {
    let parsed: ReturnType<typeof parse>;
    try {
      parsed = parse(args);
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    if (parsed.values.help) {
      console.log(USAGE);
      return 0;
    }
    if (parsed.positionals.length !== 1) throw new UsageError('give one receipt: a JWS, or a file holding one');
    const jws = await receiptText(parsed.positionals[0]);
    const jwks = await loadKeySet(parsed.values.jwks ?? gatewayJwksUrl(loadConfig()));
    // The same check the portal's page runs in the browser (@app/log-proofs).
    const verdict = await verifyConsentReceipt(jws, jwks);
    if (!verdict.ok && couldNotJudge(verdict)) throw new Error(verdict.reason);
    if (!verdict.ok) {
      console.log(`verify-receipt: the receipt does NOT verify: ${verdict.reason}`);
      return 1;
    }
    const { artefact } = verdict;
    console.log(
      `verify-receipt: receipt ${artefact.jti} verifies: ${artefact.iss} signed that consent ${artefact.consentId} was ${artefact.event} at ${artefact.time}`,
    );
    console.log(JSON.stringify(artefact, null, 2));
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`verify-receipt: ${error.message}\n${USAGE}`);
      return 2;
    }
    console.error(`verify-receipt: could not check the receipt: ${(error as Error).message}`);
    return 2;
  }
}

function parse(args: string[]) {
  return parseArgs({
    args,
    allowPositionals: true,
    options: { jwks: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
}

/** A compact JWS as given, or the contents of the file it names. */
async function receiptText(argument: string): Promise<string> {
  if (/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+$/.test(argument.trim()) && !existsSync(argument)) {
    return argument.trim();
  }
  try {
    return (await readFile(argument, 'utf8')).trim();
  } catch (error) {
    throw new UsageError(`cannot read ${argument}: ${(error as Error).message}`);
  }
}

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
