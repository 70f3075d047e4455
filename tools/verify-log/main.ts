import { readFile } from 'node:fs/promises';
import { checkpointVerifier, verifyEntryProof, type EntryProof } from '@app/audit';
import { loadConfig } from '@app/config';
import { gatewayJwksUrl } from '../graph/gateway-address';
import { DatabaseLogSource } from './database-log-source';
import { loadKeySet } from './key-set';
import { connectToLog } from './log-connection';
import { verifyLog } from './log-verifier';
import { parseVerifyLogArguments, USAGE, UsageError } from './verify-log-arguments';
import { breakReport, holdsLine } from './verify-report';

/**
 * `npm run verify-log`: the access log checked with only the public key set. Exit 0: it
 * holds; 1: a break, or an entry proof that fails; 2: it could not be checked.
 */
async function main(args: string[]): Promise<number> {
  try {
    const request = parseVerifyLogArguments(args);
    if (request.mode === 'help') {
      console.log(USAGE);
      return 0;
    }
    const jwks = await loadKeySet(request.jwks ?? gatewayJwksUrl(loadConfig()));
    if (request.mode === 'entry') {
      const entry = await readEntry(request.entryFile);
      const verdict = await verifyEntryProof(entry, jwks);
      if (!verdict.ok) {
        console.log(`verify-log: entry ${String(entry?.seq)} does NOT verify: ${verdict.reason}`);
        return 1;
      }
      const signedAt = new Date(verdict.statement.iat * 1000).toISOString();
      console.log(
        `verify-log: entry ${entry.seq} is in the log of ${verdict.statement.size} records that ${verdict.statement.iss} signed at ${signedAt}`,
      );
      return 0;
    }
    const started = process.hrtime.bigint();
    const connection = await connectToLog(request.databaseUrl, loadConfig().database);
    try {
      const source = await DatabaseLogSource.open(connection.client, request.batch);
      try {
        const verdict = await verifyLog(source, checkpointVerifier(jwks), progress());
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
    // ConfigError names the bad variables, the others the key set, the database or the query.
    console.error(`verify-log: could not check the log: ${(error as Error).message}`);
    return 2;
  }
}

async function readEntry(file: string): Promise<EntryProof> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text) as EntryProof;
  } catch {
    throw new UsageError(`${file} is not JSON`);
  }
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
