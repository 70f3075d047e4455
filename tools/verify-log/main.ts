import { readFile } from 'node:fs/promises';
import { checkpointVerifier, cosignatureVerifier, couldNotJudge, verifyEntryProof } from '@app/log-proofs';
import { loadConfig } from '@app/config';
import { gatewayJwksUrl } from '../graph/gateway-address';
import { DatabaseLogSource } from './database-log-source';
import { entriesIn, unprovable } from './entry-input';
import { loadKeySet } from './key-set';
import { connectToLog } from './log-connection';
import { verifyLog } from './log-verifier';
import { parseVerifyLogArguments, USAGE, UsageError } from './verify-log-arguments';
import { breakReport, holdsLine } from './verify-report';
import { witnessAnchor } from './witness-anchor';

/**
 * `npm run verify-log`: the access log checked with only the public key sets (the registry's
 * and its witness's). Exit 0: it holds; 1: a break, or an entry proof that fails; 2: it could
 * not be checked.
 */
async function main(args: string[]): Promise<number> {
  try {
    const config = loadConfig();
    const request = parseVerifyLogArguments(args, { witness: config.witness.url });
    if (request.mode === 'help') {
      console.log(USAGE);
      return 0;
    }
    const jwks = await loadKeySet(request.jwks ?? gatewayJwksUrl(config));
    const witnessJwks = await loadKeySet(request.witnessJwks);
    if (request.mode === 'entry') return await checkEntries(request.entryFile, jwks, witnessJwks);
    const verifyCheckpoint = checkpointVerifier(jwks);
    const verifyCosignature = cosignatureVerifier(witnessJwks);
    const anchor = await witnessAnchor(request.witness, request.anchor, verifyCosignature, verifyCheckpoint);
    const started = process.hrtime.bigint();
    const connection = await connectToLog(request.databaseUrl, config.database);
    try {
      const source = await DatabaseLogSource.open(connection.client, request.batch);
      try {
        const verdict = await verifyLog(source, verifyCheckpoint, { verifyCosignature, anchor }, progress());
        if (!verdict.ok) {
          console.log(breakReport(verdict.logBreak, verdict.summary));
          return 1;
        }
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        console.log(holdsLine(verdict.summary, seconds, connection.where));
        return 0;
      } finally {
        await source.close();
      }
    } finally {
      await connection.close();
    }
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`${error.message}\nUsage: npm run verify-log -- --help`);
      return 2;
    }
    // ConfigError names the bad variables, the others the key set, the witness, the database or the query.
    console.error(`verify-log: could not check the log: ${(error as Error).message}`);
    return 2;
  }
}

/** Each entry with a proof, one line each: 0 when all hold, 1 when one fails, 2 when none could be checked. */
async function checkEntries(
  file: string,
  jwks: Awaited<ReturnType<typeof loadKeySet>>,
  witnessJwks: Awaited<ReturnType<typeof loadKeySet>>,
): Promise<number> {
  const entries = entriesIn(await readJson(file));
  if (entries.length === 0) throw new UsageError(`${file} holds no access log entry (an object with a leafHash)`);
  let checked = 0;
  let failed = 0;
  for (const entry of entries) {
    const seq = String((entry as { seq?: unknown }).seq);
    const skip = unprovable(entry);
    if (skip) {
      console.log(`verify-log: entry ${seq} not checked: ${skip}`);
      continue;
    }
    checked++;
    // The same check the portal's page runs in the browser (@app/log-proofs).
    const verdict = await verifyEntryProof(entry, jwks, witnessJwks);
    if (!verdict.ok && couldNotJudge(verdict)) throw new Error(verdict.reason);
    if (!verdict.ok) {
      failed++;
      console.log(`verify-log: entry ${seq} does NOT verify: ${verdict.reason}`);
      continue;
    }
    const { statement, cosignature } = verdict;
    console.log(
      `verify-log: entry ${seq} is in the log of ${statement.size} records that ${statement.iss} signed at ` +
        `${new Date(statement.iat * 1000).toISOString()}, cosigned by ${cosignature.iss} at ${new Date(cosignature.iat * 1000).toISOString()}`,
    );
  }
  if (failed > 0) return 1;
  if (checked === 0) {
    console.log('verify-log: no entry carries a proof to check');
    return 2;
  }
  return 0;
}

async function readJson(file: string): Promise<unknown> {
  let text: string;
  try {
    text = file === '-' ? await readStdin() : await readFile(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new UsageError(`${file === '-' ? 'the standard input' : file} is not JSON`);
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Every ten seconds on a terminal, how far the walk has come. */
function progress(): (records: number) => void {
  if (!process.stderr.isTTY) return () => undefined;
  let last = Date.now();
  return (records) => {
    if (Date.now() - last < 10_000) return;
    last = Date.now();
    process.stderr.write(`verify-log: ${records} records so far\n`);
  };
}

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
