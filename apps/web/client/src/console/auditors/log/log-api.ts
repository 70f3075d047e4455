import type { JSONWebKeySet } from 'jose';
import { callServer } from '../../../api/http';
import { consoleGraphql } from '../../api/console-graphql';
import type { LogVerificationRun } from './verify-runs';

export interface LogCheckpoint {
  size: string;
  rootHash: string;
  chainHash: string;
  createdAt: string;
  jws: string;
  cosignature: string | null;
}

export interface LogConsistency {
  fromSize: string;
  toSize: string;
  proof: string[];
  from: LogCheckpoint;
  to: LogCheckpoint;
}

const CHECKPOINT_FIELDS = 'size rootHash chainHash createdAt jws cosignature';

/** Signs the log's head now (or answers the newest checkpoint when it covers the head); null: an empty log. */
export async function createCheckpoint(): Promise<LogCheckpoint | null> {
  const { createLogCheckpoint } = await consoleGraphql<{ createLogCheckpoint: LogCheckpoint | null }>(
    `mutation CreateLogCheckpoint { createLogCheckpoint { ${CHECKPOINT_FIELDS} } }`,
  );
  return createLogCheckpoint;
}

/** The RFC 6962 proof that the checkpoint of toSize records extends the one of fromSize, with both. */
export async function fetchConsistency(fromSize: string, toSize: string): Promise<LogConsistency> {
  const { logConsistency } = await consoleGraphql<{ logConsistency: LogConsistency }>(
    `query LogConsistency($fromSize: String!, $toSize: String!) {
      logConsistency(fromSize: $fromSize, toSize: $toSize) {
        fromSize toSize proof from { ${CHECKPOINT_FIELDS} } to { ${CHECKPOINT_FIELDS} } } }`,
    { fromSize, toSize },
  );
  return logConsistency;
}

/** The registry's and the witness's published key sets, through the web server (same origin). */
export async function publishedKeySets(): Promise<{ registry: JSONWebKeySet; witness: JSONWebKeySet }> {
  const [registry, witness] = await Promise.all([
    callServer<JSONWebKeySet>('/.well-known/jwks.json'),
    callServer<JSONWebKeySet>('/witness/.well-known/jwks.json'),
  ]);
  return { registry, witness };
}

/** verify-log's newest recorded run of the whole log, or null when it never ran (or never recorded one). */
export async function fetchNewestVerificationRun(): Promise<LogVerificationRun | null> {
  const { logVerificationRuns } = await consoleGraphql<{ logVerificationRuns: LogVerificationRun[] }>(
    'query NewestLogVerificationRun { logVerificationRuns(first: 1) { id startedAt finishedAt verdict entriesChecked anchorSize ranBy summary } }',
  );
  return logVerificationRuns[0] ?? null;
}
