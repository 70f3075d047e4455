// The access core: who may ask and on what basis (agencies, agreements in force, consents),
// the one decision of what a caller gets (policy/), and the record of every answer (the
// tamper-evident log, its Merkle tree and the citizens' tracker). Only this library reads or
// writes the `access` schema; every subgraph decides and records through it.
export * from './access-log.plugin';
export * from './access.guard';
export * from './access.module';
export * from './demo/load-access-demo-data';
export * from './decide';
export * from './permissions';
export * from './access-data-source';
export * from './log/access-log-entities';
export * from './log/access-log-head.entity';
export * from './log/access-log-reader';
export * from './log/access-log-writer';
export * from './log/access-record';
export * from './log/access-record.entity';
export * from './log/canonical-json';
// The log's signed statements and entry proofs, verified the same way in Node and in browsers.
export {
  CHECKPOINT_ALGORITHMS,
  CHECKPOINT_JWS_TYPE,
  COSIGNATURE_JWS_TYPE,
  checkpointVerifier,
  cosignatureVerifier,
  readEntryProof,
  signedStatementVerifier,
  treeClaimsProblem,
  verifyCosignatureOf,
  verifyEntryProof,
  type AccessLogEntryProofJson,
  type CheckpointStatement,
  type CheckpointVerdict,
  type CosignatureStatement,
  type CosignatureVerdict,
  type EntryProof,
  type EntryProofVerdict,
} from '@app/log-proofs';
export * from './log/log-checkpoint.entity';
export * from './log/log-subtree.entity';
export * from './log/records-of-request';
export * from './merkle';
export * from './log/stored-subtree-source';
export * from './tracker/access-log-entry.model';
export * from './tracker/access-log.args';
export * from './tracker/subject-access-log';
export * from './policy';
export * from './tables';
