import { loadConfig, readEnvironment, usesEmbeddedDatabase } from '@app/config';
import {
  leafHash,
  readSubjectLog,
  storedInclusionProof,
  storedSubtreeSource,
  verifyInclusion,
  type Query,
} from '@app/access';
import { openDatabase } from '../tools/database/open-database';
import { prepareDatabase } from '../tools/database/prepare-database';

/**
 * The access log at national scale: a log of N records (default 10,000,000; `--records n`),
 * made in SQL with real RFC 6962 leaf hashes and stored subtrees, then
 * - the citizen tracker's first page for a citizen with ~10 entries and for one with 1,000
 *   (readSubjectLog, the tracker's own query, on the (subject, time) index; its plan is printed);
 * - the inclusion proof of random records against the whole tree: its size and build time.
 * Needs PostgreSQL (DATABASE_URL): PGlite would take hours to fill.
 */
const RECORDS = Number(process.argv[process.argv.indexOf('--records') + 1] || 0) || 10_000_000;
const HOT_SUBJECT = '079190004321';
const RUNS = 50;

async function main(): Promise<void> {
  const config = loadConfig({ ...readEnvironment(), NODE_ENV: 'test' });
  if (usesEmbeddedDatabase(config.database)) throw new Error('set DATABASE_URL: this benchmark fills PostgreSQL');
  const db = await openDatabase(config.database, { scratch: true });
  try {
    await prepareDatabase(db.dataSource, { demoData: false });
    const query: Query = (sql, parameters) => db.dataSource.query(sql, parameters);
    let started = Date.now();
    await fill(query);
    console.log(`\nfilled ${RECORDS.toLocaleString('en')} records in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    started = Date.now();
    await storeSubtrees(query);
    console.log(`stored subtrees in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    await db.dataSource.query('ANALYZE access.access_records');

    const quietSubject = String(12_345 % Math.max(1, Math.floor(RECORDS / 10))).padStart(12, '0');
    const from = new Date('2026-01-01T00:00:00Z');
    const to = new Date('2027-01-01T00:00:00Z');
    for (const [name, subject] of [
      ['citizen with ~10 entries', quietSubject],
      ['citizen with 1,000 entries', HOT_SUBJECT],
    ]) {
      const times: number[] = [];
      let rows = 0;
      for (let i = 0; i < RUNS; i++) {
        const t = process.hrtime.bigint();
        rows = (await readSubjectLog(query, { kind: 'citizen', id: subject }, { from, to }, 20, null)).rows.length;
        times.push(Number(process.hrtime.bigint() - t) / 1e6);
      }
      console.log(
        `tracker first page, ${name}: median ${median(times).toFixed(2)} ms, p95 ${p95(times).toFixed(2)} ms (${rows} rows)`,
      );
    }
    const explain: Query = (sql, parameters) => query(`EXPLAIN ${sql}`, parameters);
    const plan = (await readSubjectLog(explain, { kind: 'citizen', id: HOT_SUBJECT }, { from, to }, 20, null))
      .rows as unknown as { 'QUERY PLAN': string }[];
    console.log(`plan: ${plan.map((line) => line['QUERY PLAN'].trim()).join(' | ')}`);

    const source = storedSubtreeSource(query);
    const root = await source.subtreeHash(0, RECORDS);
    const proofTimes: number[] = [];
    let hashes = 0;
    let bytes = 0;
    for (let i = 0; i < RUNS; i++) {
      const seq = Math.floor(Math.random() * RECORDS);
      const t = process.hrtime.bigint();
      const proof = await storedInclusionProof(query, seq, RECORDS);
      proofTimes.push(Number(process.hrtime.bigint() - t) / 1e6);
      const [leaf] = await query<{ leaf_hash: Buffer }[]>(
        'SELECT leaf_hash FROM access.access_records WHERE seq = $1',
        [String(seq)],
      );
      const buffers = proof.map((hash) => Buffer.from(hash, 'base64url'));
      if (!verifyInclusion(leaf.leaf_hash, seq, RECORDS, buffers, root))
        throw new Error(`the proof of ${seq} does not verify`);
      hashes = proof.length;
      bytes = JSON.stringify(proof).length;
    }
    console.log(
      `inclusion proof in a tree of ${RECORDS.toLocaleString('en')}: ${hashes} hashes (${hashes * 32} bytes raw, ${bytes} bytes as JSON), built in median ${median(proofTimes).toFixed(1)} ms, p95 ${p95(proofTimes).toFixed(1)} ms; every one verified\n`,
    );
  } finally {
    await db.close();
  }
}

/** N records: citizens with ~10 entries each, one with 1,000; leaf hashes as RFC 6962 has them. */
async function fill(query: Query): Promise<void> {
  const subjects = Math.max(1, Math.floor(RECORDS / 10));
  await query(
    `INSERT INTO access.access_records (seq, recorded_at, outcome, request_id, recorded_by, caller_kind, caller_id,
        agency_code, purpose, subject_kind, subject_id, categories, fields, bases, consent_ids, values_hash, leaf_hash, chain_hash)
     SELECT g, timestamptz '2026-01-01' + g * (interval '1 year' / $1::int), 'released', 'bench-' || g, 'population',
            'agency', 'bhxh-demo', 'BHXH', 'SOCIAL_INSURANCE_ENROLMENT', 'citizen',
            CASE WHEN g % ($1::int / 1000) = 7 THEN $3 ELSE lpad((g % $2::int)::text, 12, '0') END,
            '{population.identity}', '{Citizen.fullName}', '{"population.identity": {"kind": "agreement"}}', '{}',
            repeat('0', 64), sha256('\\x00'::bytea || convert_to(g::text, 'UTF8')), '\\x'::bytea
       FROM generate_series(0, $1::int - 1) AS g`,
    [RECORDS, subjects, HOT_SUBJECT],
  );
}

/** Every perfect subtree from level 8 up, level by level, as the writer stores them. */
async function storeSubtrees(query: Query): Promise<void> {
  await query('CREATE TEMP TABLE level_hashes AS SELECT seq AS i, leaf_hash AS h FROM access.access_records', []);
  for (let level = 1; 2 ** level <= RECORDS; level++) {
    await query(
      `CREATE TEMP TABLE next_level AS
         SELECT i / 2 AS i, sha256('\\x01'::bytea || h || next) AS h
           FROM (SELECT i, h, lead(h) OVER (ORDER BY i) AS next FROM level_hashes) pairs
          WHERE i % 2 = 0 AND next IS NOT NULL`,
      [],
    );
    await query('DROP TABLE level_hashes; ALTER TABLE next_level RENAME TO level_hashes', []);
    if (level >= 8) await query(`INSERT INTO access.log_subtrees SELECT $1, i, h FROM level_hashes`, [level]);
  }
  await query('DROP TABLE level_hashes', []);
  // The leaf hashes are what the writer would have made for these bytes.
  const [row] = await query<{ leaf_hash: Buffer }[]>('SELECT leaf_hash FROM access.access_records WHERE seq = 5', []);
  if (!row.leaf_hash.equals(leafHash(Buffer.from('5')))) throw new Error('leaf hashes are not RFC 6962 leaf hashes');
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function p95(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length * 0.95)];
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
