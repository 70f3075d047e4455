import { generateKeyPairSync } from 'node:crypto';
import { getMetadataArgsStorage } from 'typeorm';
import {
  AccessRecordEntity,
  chainHash,
  CHECKPOINT_JWS_TYPE,
  checkpointVerifier,
  COSIGNATURE_JWS_TYPE,
  cosignatureVerifier,
  emptyRoot,
  GENESIS_CHAIN_HASH,
  leafHash,
  MerkleFrontier,
  recordBytes,
  rootFromLeafHashes,
  STORED_SUBTREE_MIN_LEVEL,
  type SequencedRecord,
} from '@app/access';
import { jwkThumbprint, signJwt, type SigningKey } from '@app/auth';
import { numbersRoundTrip, storedRecord } from './database-log-source';
import type { LogSource, StoredCheckpoint, StoredHead, StoredRecord, StoredSubtree } from './log-source';
import { verifyLog, type LogVerdict, type WitnessAnchor } from './log-verifier';

function signingKey(): SigningKey {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const jwk = publicKey.export({ format: 'jwk' }) as Record<string, string>;
  const kid = jwkThumbprint(jwk);
  return { kid, alg: 'EdDSA', privateKey, publicJwk: { ...jwk, kty: jwk.kty, kid, alg: 'EdDSA', use: 'sig' } };
}

const registry = signingKey();
const verifyCheckpoint = checkpointVerifier({ keys: [registry.publicJwk] });
const witness = signingKey();
const verifyCosignature = cosignatureVerifier({ keys: [witness.publicJwk] });
/** A witness that has cosigned nothing yet: every log extends it. */
const NO_ANCHOR: WitnessAnchor = { size: 0, root: emptyRoot().toString('base64url'), by: 'the witness' };
const T0 = Date.parse('2026-11-02T03:00:00.000Z');

interface MemoryLog {
  records: StoredRecord[];
  checkpoints: StoredCheckpoint[];
  subtrees: StoredSubtree[];
  head: StoredHead | null;
}

function accessRecord(seq: number): SequencedRecord {
  return {
    seq,
    recordedAt: new Date(T0 + seq * 37),
    outcome: seq % 11 === 0 ? 'refused' : 'released',
    requestId: `req-${Math.floor(seq / 3)}`,
    // Records from before client request ids were kept have none; later ones mostly do.
    ...(seq >= 300 && seq % 4 !== 0 ? { clientRequestId: `client-${seq % 7}` } : {}),
    recordedBy: 'population',
    callerKind: 'agency',
    callerId: 'bhxh-demo',
    agencyCode: 'BHXH',
    officerId: seq % 2 ? `officer-${seq % 5}` : null,
    caseReference: null,
    purpose: 'SOCIAL_INSURANCE_ENROLMENT',
    subjectKind: 'citizen',
    subjectId: `0010850${String(seq).padStart(5, '0')}`,
    categories: ['population.identity'],
    fields: ['Citizen.fullName', 'Citizen.personalIdNumber'],
    bases: { 'population.identity': { kind: 'agreement', agreementId: 'agr-1', citation: 'Luật BHXH 2024, điều 3' } },
    consentIds: [],
    sealedUntil: seq % 13 === 0 ? new Date(T0 + 86_400_000) : null,
    valuesHash: 'ab'.repeat(32),
  };
}

/** What the writer stores for these records, with checkpoints signed at `signedAt` sizes. */
function write(
  records: SequencedRecord[],
  signedAt: number[],
  key = registry,
  cosigner: SigningKey | null = witness,
): MemoryLog {
  const log: MemoryLog = { records: [], checkpoints: [], subtrees: [], head: null };
  const frontier = MerkleFrontier.empty();
  let chain: Buffer = GENESIS_CHAIN_HASH;
  for (const record of records) {
    const leaf = leafHash(recordBytes(record));
    chain = chainHash(chain, leaf);
    for (const node of frontier.append(leaf)) {
      if (node.level >= STORED_SUBTREE_MIN_LEVEL) {
        log.subtrees.push({ level: node.level, index: String(node.index), hash: node.hash });
      }
    }
    log.records.push({ seq: String(record.seq), record, leafHash: leaf, chainHash: chain, unwritable: [] });
    if (signedAt.includes(frontier.size)) log.checkpoints.push(checkpoint(frontier, chain, key, cosigner));
  }
  if (records.length > 0) log.head = { size: String(frontier.size), chainHash: chain, frontier: frontier.toJSON() };
  return log;
}

function checkpoint(
  frontier: MerkleFrontier,
  chain: Buffer,
  key: SigningKey,
  cosigner: SigningKey | null = witness,
): StoredCheckpoint {
  const createdAt = new Date(T0 + frontier.size * 1000 + 123);
  const statement = {
    iss: 'sochung-registry',
    size: frontier.size,
    root: frontier.root().toString('base64url'),
    chainHash: chain.toString('base64url'),
    iat: Math.floor(createdAt.getTime() / 1000),
  };
  return {
    size: String(frontier.size),
    rootHash: frontier.root(),
    chainHash: chain,
    createdAt,
    jws: signJwt(key, statement, CHECKPOINT_JWS_TYPE),
    cosignature: cosigner
      ? signJwt(
          cosigner,
          { iss: 'sochung-witness', origin: statement.iss, size: statement.size, root: statement.root, iat: 1 },
          COSIGNATURE_JWS_TYPE,
        )
      : null,
  };
}

/** The anchor a witness holds after cosigning `log`'s first `size` records. */
function anchorOf(log: MemoryLog, size: number): WitnessAnchor {
  const root = rootFromLeafHashes(log.records.slice(0, size).map((stored) => stored.leafHash!));
  return { size, root: root.toString('base64url'), by: 'the witness sochung-witness' };
}

const RECORDS = Array.from({ length: 600 }, (_, seq) => accessRecord(seq));
const SIGNED_AT = [1, 100, 300, 600];

/** A fresh copy of the clean log to tamper with. */
function cleanLog(): MemoryLog {
  return write(RECORDS, SIGNED_AT);
}

function source(log: MemoryLog, batch = 7): LogSource {
  async function* batches<T>(items: T[], size: number): AsyncGenerator<T[]> {
    for (let i = 0; i < items.length; i += size) {
      await Promise.resolve();
      yield items.slice(i, i + size);
    }
  }
  return {
    head: () => Promise.resolve(log.head),
    records: () => batches(log.records, batch),
    checkpoints: () => batches(log.checkpoints, 2),
    subtrees: () => batches(log.subtrees, 1),
  };
}

function verify(log: MemoryLog, batch?: number, anchor = NO_ANCHOR): Promise<LogVerdict> {
  return verifyLog(source(log, batch), verifyCheckpoint, { verifyCosignature, anchor });
}

/** The insider who knows the algorithm: recomputes every hash, subtree and the head, but cannot sign. */
function rewrite(log: MemoryLog, records: SequencedRecord[]): MemoryLog {
  return { ...write(records, []), checkpoints: log.checkpoints };
}

function changed(seq: number, change: Partial<SequencedRecord>): SequencedRecord[] {
  return RECORDS.map((record) => (record.seq === seq ? { ...record, ...change } : record));
}

describe('verifyLog on a log as the writer leaves it', () => {
  it('holds, whatever the batch size, and sums up what it checked', async () => {
    const log = cleanLog();
    for (const batch of [1, 7, 256, 10_000]) {
      await expect(verify(log, batch)).resolves.toEqual({
        ok: true,
        summary: {
          records: 600,
          checkpoints: 4,
          subtrees: 3, // level 8 ×2 and level 9 ×1 below 600
          root: rootFromLeafHashes(log.records.map((stored) => stored.leafHash!)).toString('base64url'),
          unsigned: 0,
          cosignedCheckpoints: 4,
          uncosigned: 0,
          anchor: NO_ANCHOR,
        },
      });
    }
  });

  it('holds for the empty log, and counts the records no checkpoint covers yet', async () => {
    await expect(verify({ records: [], checkpoints: [], subtrees: [], head: null })).resolves.toMatchObject({
      ok: true,
      summary: { records: 0, checkpoints: 0, unsigned: 0 },
    });
    const emptySigned = checkpoint(MerkleFrontier.empty(), GENESIS_CHAIN_HASH, registry, null);
    await expect(verify({ records: [], checkpoints: [emptySigned], subtrees: [], head: null })).resolves.toMatchObject({
      ok: true,
      summary: { records: 0, checkpoints: 1 },
    });
    await expect(
      verify({
        records: [],
        checkpoints: [{ ...emptySigned, jws: cleanLog().checkpoints[0].jws }],
        subtrees: [],
        head: null,
      }),
    ).resolves.toMatchObject({ logBreak: { seq: null, check: 'checkpoint-claims' } });
    await expect(verify(write(RECORDS, [1, 550]))).resolves.toMatchObject({
      ok: true,
      summary: { records: 600, checkpoints: 2, unsigned: 50 },
    });
  });
});

describe('verifyLog against the witness', () => {
  const full = cleanLog();
  const witnessSaw = anchorOf(full, 600);

  it('holds when the log extends what the witness cosigned, and counts what it has not cosigned yet', async () => {
    await expect(verify(full, 50, witnessSaw)).resolves.toMatchObject({
      ok: true,
      summary: { records: 600, cosignedCheckpoints: 4, uncosigned: 0, anchor: witnessSaw },
    });
    await expect(verify(full, 50, anchorOf(full, 300))).resolves.toMatchObject({ ok: true });
    const lastUncosigned = cleanLog();
    lastUncosigned.checkpoints[3].cosignature = null;
    await expect(verify(lastUncosigned, 50, anchorOf(full, 300))).resolves.toMatchObject({
      ok: true,
      summary: { cosignedCheckpoints: 3, uncosigned: 300 },
    });
  });

  it('the newest records deleted with their checkpoints, the head rewound: every check in the database holds, the witness does not', async () => {
    const truncated = write(RECORDS.slice(0, 590), [1, 100, 300]);
    await expect(verify(truncated)).resolves.toMatchObject({ ok: true });
    await expect(verify(truncated, 50, witnessSaw)).resolves.toMatchObject({
      ok: false,
      logBreak: {
        seq: 590,
        check: 'witness',
        message: expect.stringMatching(/cosigned a log of 600 records, the log holds 590: records 590..599 removed/),
        expected: '600',
        found: '590',
      },
    });
  });

  it('half the log, or all of it, removed', async () => {
    await expect(verify(write(RECORDS.slice(0, 300), [1, 100, 300]), 50, witnessSaw)).resolves.toMatchObject({
      logBreak: { seq: 300, check: 'witness', found: '300' },
    });
    const emptied = { records: [], checkpoints: [], subtrees: [], head: null };
    await expect(verify(emptied)).resolves.toMatchObject({ ok: true });
    await expect(verify(emptied, 50, witnessSaw)).resolves.toMatchObject({
      logBreak: { seq: 0, check: 'witness', message: expect.stringMatching(/records 0..599 removed/) },
    });
  });

  it("history rewritten and re-signed with the registry key: the root at the witness's size", async () => {
    const forged = write(changed(17, { purpose: 'TAX_ADMINISTRATION' }), SIGNED_AT, registry, null);
    await expect(verify(forged, 50, witnessSaw)).resolves.toMatchObject({
      logBreak: { seq: 599, check: 'witness', expected: witnessSaw.root, message: expect.stringMatching(/rewritten/) },
    });
  });

  it('a checkpoint the witness never cosigned: none anywhere, another key, or a cosignature lifted from another', async () => {
    await expect(verify(write(RECORDS, SIGNED_AT, registry, null))).resolves.toMatchObject({
      logBreak: {
        seq: null,
        check: 'checkpoint-cosignature',
        message: expect.stringMatching(/no checkpoint carries the witness's cosignature/),
      },
    });
    await expect(verify(write(RECORDS, SIGNED_AT, registry, signingKey()))).resolves.toMatchObject({
      logBreak: {
        seq: 0,
        check: 'checkpoint-cosignature',
        message: expect.stringMatching(/does not verify with the witness's keys/),
      },
    });
    const lifted = cleanLog();
    lifted.checkpoints[3].cosignature = lifted.checkpoints[2].cosignature;
    await expect(verify(lifted)).resolves.toMatchObject({
      logBreak: {
        seq: 599,
        check: 'checkpoint-cosignature',
        message: expect.stringMatching(/over size 300 and another root: the witness never cosigned this checkpoint/),
      },
    });
  });
});

describe('verifyLog finds the first break', () => {
  it('a changed value: the leaf hash, at that record', async () => {
    const log = cleanLog();
    const stored = log.records[42];
    stored.record = { ...stored.record, purpose: 'TAX_ADMINISTRATION' };
    const verdict = await verify(log);
    expect(verdict).toMatchObject({
      ok: false,
      logBreak: {
        seq: 42,
        check: 'leaf-hash',
        expected: leafHash(recordBytes(stored.record)).toString('base64url'),
        found: stored.leafHash!.toString('base64url'),
      },
      summary: { records: 42, checkpoints: 1 },
    });
  });

  it.each([
    ['changed', 301, 'client-other'],
    ['removed', 301, null],
    ['added', 12, 'client-added'],
  ])('a client request id %s: the leaf hash, at that record', async (_, seq, clientRequestId) => {
    const log = cleanLog();
    const stored = log.records[seq];
    stored.record = { ...stored.record, clientRequestId };
    expect(await verify(log)).toMatchObject({ ok: false, logBreak: { seq, check: 'leaf-hash' } });
  });

  it('a changed value with its leaf hash recomputed: the chain, at that record', async () => {
    const log = cleanLog();
    const stored = log.records[42];
    stored.record = { ...stored.record, fields: ['Citizen.fullName'] };
    stored.leafHash = leafHash(recordBytes(stored.record));
    await expect(verify(log)).resolves.toMatchObject({ ok: false, logBreak: { seq: 42, check: 'chain-hash' } });
  });

  it('a deleted record, or several: a gap in seq', async () => {
    const one = cleanLog();
    one.records.splice(42, 1);
    await expect(verify(one)).resolves.toMatchObject({
      ok: false,
      logBreak: { seq: 42, check: 'seq', message: 'record 42 is missing: deleted', expected: '42', found: '43' },
    });
    const three = cleanLog();
    three.records.splice(42, 3);
    await expect(verify(three)).resolves.toMatchObject({
      logBreak: { seq: 42, check: 'seq', message: 'records 42..44 are missing: deleted' },
    });
  });

  it('a duplicated record: seq goes back', async () => {
    const log = cleanLog();
    log.records.splice(43, 0, log.records[42]);
    await expect(verify(log)).resolves.toMatchObject({
      logBreak: { seq: 43, check: 'seq', expected: '43', found: '42' },
    });
  });

  it("two records' contents swapped: the first of them; with every hash recomputed: the first checkpoint over it", async () => {
    const log = cleanLog();
    const [a, b] = [log.records[10], log.records[20]];
    [log.records[10], log.records[20]] = [
      { ...b, seq: a.seq, record: { ...b.record, seq: 10 } },
      { ...a, seq: b.seq, record: { ...a.record, seq: 20 } },
    ];
    await expect(verify(log)).resolves.toMatchObject({ logBreak: { seq: 10, check: 'leaf-hash' } });

    const swapped = RECORDS.map((record) =>
      record.seq === 10 ? { ...RECORDS[20], seq: 10 } : record.seq === 20 ? { ...RECORDS[10], seq: 20 } : record,
    );
    const rewritten = rewrite(cleanLog(), swapped);
    await expect(verify(rewritten)).resolves.toMatchObject({
      ok: false,
      logBreak: {
        seq: 99,
        check: 'checkpoint-root',
        expected: cleanLog().checkpoints[1].rootHash!.toString('base64url'),
        found: rootFromLeafHashes(rewritten.records.slice(0, 100).map((stored) => stored.leafHash!)).toString(
          'base64url',
        ),
      },
      summary: { records: 100, checkpoints: 1 },
    });
  });

  it('history rewritten after the newest checkpoint holds: no signature covers it yet (reported as unsigned)', async () => {
    const log = write(RECORDS, [1, 550]);
    await expect(verify(rewrite(log, changed(580, { agencyCode: 'CA' })))).resolves.toMatchObject({
      ok: true,
      summary: { unsigned: 50 },
    });
    await expect(verify(rewrite(log, changed(549, { agencyCode: 'CA' })))).resolves.toMatchObject({
      logBreak: { seq: 549, check: 'checkpoint-root' },
    });
  });

  it('a changed, missing or extra stored subtree', async () => {
    const tampered = cleanLog();
    tampered.subtrees[1] = { ...tampered.subtrees[1], hash: Buffer.alloc(32, 7) };
    await expect(verify(tampered)).resolves.toMatchObject({
      logBreak: { seq: 511, check: 'subtree', found: Buffer.alloc(32, 7).toString('base64url') },
    });
    const missing = cleanLog();
    missing.subtrees.splice(0, 1);
    await expect(verify(missing)).resolves.toMatchObject({
      logBreak: { seq: 255, check: 'subtree', found: 'nothing', message: expect.stringMatching(/missing/) },
    });
    const extra = cleanLog();
    extra.subtrees.push({ level: 8, index: '2', hash: Buffer.alloc(32) });
    await expect(verify(extra)).resolves.toMatchObject({ logBreak: { seq: 600, check: 'subtree' } });
    const nonsense = cleanLog();
    nonsense.subtrees.unshift({ level: 99, index: '-1', hash: Buffer.alloc(32) });
    await expect(verify(nonsense)).resolves.toMatchObject({ logBreak: { seq: 0, check: 'subtree' } });
  });

  it('a checkpoint signed by another key, or with its row changed', async () => {
    const forged = cleanLog();
    forged.checkpoints[1] = write(RECORDS.slice(0, 100), [100], signingKey()).checkpoints[0];
    await expect(verify(forged)).resolves.toMatchObject({
      logBreak: { seq: 99, check: 'checkpoint-signature', message: expect.stringMatching(/another key/) },
    });
    const root = cleanLog();
    root.checkpoints[2].rootHash = root.checkpoints[1].rootHash;
    await expect(verify(root)).resolves.toMatchObject({
      logBreak: { seq: 299, check: 'checkpoint-claims', message: expect.stringMatching(/another root/) },
    });
    const time = cleanLog();
    time.checkpoints[2].createdAt = new Date(T0);
    await expect(verify(time)).resolves.toMatchObject({ logBreak: { seq: 299, check: 'checkpoint-claims' } });
    const unsigned = cleanLog();
    unsigned.checkpoints[0].jws = null;
    await expect(verify(unsigned)).resolves.toMatchObject({ logBreak: { seq: 0, check: 'checkpoint-signature' } });
  });

  it('records removed from the end: by the head, or by a checkpoint once the head is moved back', async () => {
    const truncated = cleanLog();
    truncated.records.splice(590);
    await expect(verify(truncated)).resolves.toMatchObject({
      logBreak: { seq: 590, check: 'head', expected: '590', found: '600' },
    });
    const shortened = write(RECORDS.slice(0, 590), []);
    const log = { ...shortened, checkpoints: cleanLog().checkpoints };
    await expect(verify(log)).resolves.toMatchObject({
      logBreak: { seq: 590, check: 'checkpoint-size', message: expect.stringMatching(/records 590..599 removed/) },
    });
  });

  it('a head that is not where the records end', async () => {
    const chain = cleanLog();
    chain.head!.chainHash = Buffer.alloc(32);
    await expect(verify(chain)).resolves.toMatchObject({ logBreak: { seq: null, check: 'head' } });
    const frontier = cleanLog();
    frontier.head!.frontier = write(RECORDS.slice(0, 599), []).head!.frontier;
    await expect(verify(frontier)).resolves.toMatchObject({ logBreak: { check: 'head' } });
    const garbage = cleanLog();
    garbage.head!.frontier = { size: 'x' };
    await expect(verify(garbage)).resolves.toMatchObject({ logBreak: { check: 'head', found: 'no frontier' } });
    const none = cleanLog();
    none.head = null;
    await expect(verify(none)).resolves.toMatchObject({ logBreak: { check: 'head' } });
  });

  it('a value the log never writes, and a record that cannot be hashed', async () => {
    const finer = cleanLog();
    finer.records[5].unwritable = ['recorded_at (finer than a millisecond)'];
    await expect(verify(finer)).resolves.toMatchObject({
      logBreak: { seq: 5, check: 'record-values', message: expect.stringMatching(/recorded_at/) },
    });
    const nullTime = cleanLog();
    nullTime.records[5].record = { ...nullTime.records[5].record, recordedAt: null as never };
    await expect(verify(nullTime)).resolves.toMatchObject({ logBreak: { seq: 5, check: 'record-values' } });
    const noHash = cleanLog();
    noHash.records[5].leafHash = null;
    await expect(verify(noHash)).resolves.toMatchObject({ logBreak: { seq: 5, check: 'leaf-hash', found: 'nothing' } });
  });
});

describe('reading records back', () => {
  const row = {
    seq: '7',
    recorded_at: new Date(T0),
    recorded_at_finer: false,
    outcome: 'released',
    request_id: 'req-1',
    client_request_id: null,
    recorded_by: 'population',
    caller_kind: 'agency',
    caller_id: 'bhxh-demo',
    agency_code: 'BHXH',
    officer_id: null,
    case_reference: null,
    purpose: 'SOCIAL_INSURANCE_ENROLMENT',
    subject_kind: 'citizen',
    subject_id: '001085012345',
    categories: ['population.identity'],
    fields: ['Citizen.fullName'],
    bases: '{"population.identity": {"kind": "agreement", "n": 3}}',
    consent_ids: [],
    sealed_until: null,
    sealed_until_finer: false,
    values_hash: 'ab'.repeat(32),
    bulk: false,
    leaf_hash: Buffer.alloc(32),
    chain_hash: Buffer.alloc(32),
  };

  it('hashes every column of the entity but the two hashes, and nothing else', () => {
    const columns = getMetadataArgsStorage()
      .columns.filter((column) => column.target === AccessRecordEntity)
      .map((column) => column.propertyName);
    const { record, leafHash: leaf, chainHash: chain } = storedRecord(row);
    expect(leaf && chain).toBeTruthy();
    expect(Object.keys(record).sort()).toEqual(columns.filter((name) => !/^(leaf|chain)Hash$/.test(name)).sort());
  });

  it('hashes a record written before client request ids (the column NULL) as it was written', () => {
    const { record } = storedRecord(row);
    expect(record.clientRequestId).toBeNull();
    const { clientRequestId: _none, ...asWritten } = record;
    expect(recordBytes(record).equals(recordBytes(asWritten))).toBe(true);
    expect(recordBytes(record).toString()).not.toContain('clientRequestId');
    const withId = storedRecord({ ...row, client_request_id: 'abc-123' }).record;
    expect(recordBytes(withId).toString()).toContain('"clientRequestId":"abc-123"');
  });

  it('hashes a record not read in bulk (and one written before the flag, false) as it was written', () => {
    const { record } = storedRecord(row);
    expect(record.bulk).toBe(false);
    const { bulk: _none, ...asWritten } = record;
    expect(recordBytes(record).equals(recordBytes(asWritten))).toBe(true);
    expect(recordBytes(record).toString()).not.toContain('bulk');
    const bulk = storedRecord({ ...row, bulk: true }).record;
    expect(recordBytes(bulk).toString()).toContain('"bulk":true');
    expect(leafHash(recordBytes(bulk)).equals(leafHash(recordBytes(record)))).toBe(false);
  });

  it('names the columns whose stored value the log cannot have written', () => {
    expect(storedRecord(row).unwritable).toEqual([]);
    expect(storedRecord({ ...row, recorded_at_finer: true, bases: '{"n": 1.5e400}' }).unwritable).toEqual([
      'recorded_at (finer than a millisecond)',
      'bases (a number JSON cannot carry exactly)',
    ]);
  });

  it('tells numbers a JavaScript number holds exactly from those it rounds', () => {
    for (const json of [
      '{"a": 1}',
      '{"a": 0.1, "b": -2.5}',
      '{"a": 1.0}',
      '{"a": 1000000000000000000000}',
      '{"a": 1e-7}',
    ]) {
      expect([json, numbersRoundTrip(json)]).toEqual([json, true]);
    }
    for (const json of ['{"a": 12345678901234567891}', '{"a": 0.10000000000000000001}', '{"a": 1e400}']) {
      expect([json, numbersRoundTrip(json)]).toEqual([json, false]);
    }
    expect(numbersRoundTrip('{"12345678901234567891": "12345678901234567891 \\" 1.00000000000000000001"}')).toBe(true);
  });
});
