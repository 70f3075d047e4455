import { readFile } from 'node:fs/promises';
import { checkpointVerifier, cosignatureVerifier, couldNotJudge, verifyEntryProof } from '@app/log-proofs';
import { loadConfig, type AppConfig } from '@app/config';
import { gatewayJwksUrl } from '../graph/gateway-address';
import { DatabaseLogSource } from './database-log-source';
import { entriesIn, unprovable } from './entry-input';
import { loadKeySet } from './key-set';
import { connectToLog, type LogConnection } from './log-connection';
import { verifyLog, type WitnessAnchor } from './log-verifier';
import { operatingSystemUser, recordRun, type RunVerdict } from './run-record';
import { parseVerifyLogArguments, USAGE, UsageError, type VerifyLogRequest } from './verify-log-arguments';
import { breakReport, holdsLine } from './verify-report';
import { witnessAnchor } from './witness-anchor';

/**
 * `npm run verify-log`: the access log checked with only the public key sets (the registry's
 * and its witness's). Exit 0: it holds; 1: a break, or an entry proof that fails; 2: it could
 * not be checked. A whole-log run is recorded in the database it checked (run-record.ts).
 */
async function main(args: string[]): Promise<number> {
  try {
    const config = loadConfig();
    const request = parseVerifyLogArguments(args, { witness: config.witness.url });
    if (request.mode === 'help') {
      console.log(USAGE);
      return 0;
    }
    if (request.mode === 'entry') {
      const jwks = await loadKeySet(request.jwks ?? gatewayJwksUrl(config));
      return await checkEntries(request.entryFile, jwks, await loadKeySet(request.witnessJwks));
    }
    return await checkLog(request, config);
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`${error.message}\nUsage: npm run verify-log -- --help`);
      return 2;
    }
    // ConfigError names the bad variables, LogConnectionError the database it could not reach.
    console.error(`${COULD_NOT_CHECK}${(error as Error).message}`);
    return 2;
  }
}

const COULD_NOT_CHECK = 'verify-log: could not check the log: ';

type LogRequest = Extract<VerifyLogRequest, { mode: 'log' }>;

/**
 * The whole log, then the run recorded through the same connection (unless --no-record).
 * The database comes first, so that a run that could not read a key set or the witness is
 * recorded too; the snapshot still starts after the witness was asked, so it holds at least
 * what the witness cosigned.
 */
async function checkLog(request: LogRequest, config: AppConfig): Promise<number> {
  const startedAt = new Date();
  const connection = await connectToLog(request.databaseUrl, config.database);
  try {
    const outcome = await judgeLog(request, config, connection);
    if (outcome.verdict === 'could_not_check') console.error(outcome.printed);
    else console.log(outcome.printed);
    if (request.record) {
      const warning = await recordRun(connection.client, {
        startedAt,
        finishedAt: new Date(),
        verdict: outcome.verdict,
        entriesChecked: outcome.entriesChecked,
        anchor: outcome.anchor,
        summary: outcome.printed,
        ranBy: request.by ?? operatingSystemUser(),
      });
      if (warning) console.error(warning);
    }
    return EXIT_CODES[outcome.verdict];
  } finally {
    await connection.close();
  }
}

const EXIT_CODES: Record<RunVerdict, number> = { holds: 0, break: 1, could_not_check: 2 };

interface LogOutcome {
  verdict: RunVerdict;
  /** What the tool prints: one line when it holds or could not check, a few for a break. */
  printed: string;
  entriesChecked: number;
  anchor: WitnessAnchor | null;
}

async function judgeLog(request: LogRequest, config: AppConfig, connection: LogConnection): Promise<LogOutcome> {
  let anchor: WitnessAnchor | null = null;
  try {
    const jwks = await loadKeySet(request.jwks ?? gatewayJwksUrl(config));
    const witnessJwks = await loadKeySet(request.witnessJwks);
    const verifyCheckpoint = checkpointVerifier(jwks);
    const verifyCosignature = cosignatureVerifier(witnessJwks);
    anchor = await witnessAnchor(request.witness, request.anchor, verifyCosignature, verifyCheckpoint);
    const started = process.hrtime.bigint();
    const source = await DatabaseLogSource.open(connection.client, request.batch);
    try {
      const verdict = await verifyLog(source, verifyCheckpoint, { verifyCosignature, anchor }, progress());
      if (!verdict.ok) {
        const printed = breakReport(verdict.logBreak, verdict.summary);
        return { verdict: 'break', printed, entriesChecked: verdict.summary.records, anchor };
      }
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const printed = holdsLine(verdict.summary, seconds, connection.where);
      return { verdict: 'holds', printed, entriesChecked: verdict.summary.records, anchor };
    } finally {
      await source.close();
    }
  } catch (error) {
    // The key set, the witness, or the database's answers: no verdict on the log.
    return {
      verdict: 'could_not_check',
      printed: `${COULD_NOT_CHECK}${(error as Error).message}`,
      entriesChecked: 0,
      anchor,
    };
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
