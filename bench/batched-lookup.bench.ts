import { centurySexDigit, LEGACY_PROVINCES, searchKey } from '@app/identifiers';
import { startTestGraph } from '../tools/graph/start-graph';

/**
 * Reading 1000 citizens through the gateway: one batched `citizens(personalIdNumbers:)`
 * call against the baseline of 1000 single `citizen` calls (16 at a time), same graph,
 * same data, interleaved over several rounds. Reports medians and the ratio.
 */
const COUNT = 1000;
const ROUNDS = 5;
const PARALLEL = 16;

async function main(): Promise<void> {
  const graph = await startTestGraph({ env: { LOG_LEVEL: 'error' } });
  try {
    const ids = await insertCitizens(graph.database.dataSource.query.bind(graph.database.dataSource));
    const authorization = `Bearer ${graph.tokens.mint({ kind: 'steward', sub: 'st-bench', registry: 'population' })}`;
    const post = async (query: string, variables: Record<string, unknown>) => {
      const response = await fetch(`${graph.gatewayUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { errors?: unknown };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body;
    };
    const batched = () =>
      post('query($ids: [String!]!) { citizens(personalIdNumbers: $ids) { personalIdNumber fullName } }', { ids });
    const oneByOne = async () => {
      for (let i = 0; i < ids.length; i += PARALLEL) {
        await Promise.all(
          ids
            .slice(i, i + PARALLEL)
            .map((id) =>
              post('query($id: String!) { citizen(personalIdNumber: $id) { personalIdNumber fullName } }', { id }),
            ),
        );
      }
    };
    await batched(); // warm-up
    const times = { batched: [] as number[], oneByOne: [] as number[] };
    for (let round = 0; round < ROUNDS; round++) {
      times.batched.push(await timed(batched));
      times.oneByOne.push(await timed(oneByOne));
    }
    const b = median(times.batched);
    const o = median(times.oneByOne);
    console.log(`\nLookup of ${COUNT} citizens through the gateway, median of ${ROUNDS} rounds`);
    console.log(`  one batched call          ${b.toFixed(1)} ms`);
    console.log(`  ${COUNT} single calls (x${PARALLEL})   ${o.toFixed(1)} ms`);
    console.log(`  batched is ${(o / b).toFixed(1)}x faster\n`);
  } finally {
    await graph.close();
  }
}

/** 1000 synthetic citizens with well-formed ID numbers, inserted in one statement. */
async function insertCitizens(query: (sql: string, parameters: unknown[]) => Promise<unknown>): Promise<string[]> {
  const ids = Array.from({ length: COUNT }, (_, i) => {
    const province = LEGACY_PROVINCES[i % LEGACY_PROVINCES.length].code;
    const year = 1950 + (i % 70);
    return `${province}${centurySexDigit(year, i % 2 ? 'female' : 'male')}${String(year % 100).padStart(2, '0')}${String(900000 + i)}`;
  });
  await query(
    `INSERT INTO population.citizens (personal_id_number, family_name, middle_name, given_name, search_name, sex, version)
     SELECT id, 'Trần', 'Văn', 'Bench ' || n, $2 || ' ' || n, CASE WHEN n % 2 = 1 THEN 'female' ELSE 'male' END, 1
     FROM unnest($1::text[]) WITH ORDINALITY AS t(id, n)`,
    [ids, searchKey('Trần Văn Bench')],
  );
  return ids;
}

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await fn();
  return performance.now() - started;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
