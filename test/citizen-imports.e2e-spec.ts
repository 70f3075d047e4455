import { startTestGraph, type TestGraph } from '../tools/graph/start-graph';
import { citizenCsv } from './support/citizen-csv';
import { errorOf, graphqlClient } from './support/graphql';
import { ALICE, BOB, CAROL, useStewards } from './support/stewards';

const START = `mutation($input: StartCitizenImportInput!) {
  startCitizenImport(input: $input) { id status fileName fileSha256 fileBytes startedBy }
}`;
const IMPORT = `query($id: ID!) {
  citizenImport(id: $id) {
    id status rowsRead accepted alreadyRegistered refused idMismatches finishedAt failure rejectsCsv
    earlierImportOfSameFile { id }
  }
}`;
const IMPORTS = `{ citizenImports(first: 100) { id fileName status } }`;
const READ = `query($id: String!) { citizen(personalIdNumber: $id) { fullName history { changeKind reason changedBy } } }`;

interface ImportState {
  id: string;
  status: string;
  rowsRead: number;
  accepted: number;
  alreadyRegistered: number;
  refused: number;
  idMismatches: number;
  finishedAt: string | null;
  failure: string | null;
  rejectsCsv: string | null;
  earlierImportOfSameFile: { id: string } | null;
}

describe('stewards import citizens from a CSV file they upload', () => {
  let graph: TestGraph;

  beforeAll(async () => {
    graph = await startTestGraph();
    useStewards(graph);
  });

  afterAll(async () => {
    await graph?.close();
  });

  const gql = graphqlClient(
    () => graph.gatewayUrl,
    () => ALICE,
  );

  async function start(fileName: string, csv: string, as = ALICE) {
    return (await gql(START, { input: { fileName, csv } }, as)).body as {
      data?: { startCitizenImport: { id: string; status: string; fileBytes: number; startedBy: string } };
      errors?: { extensions: Record<string, unknown> }[];
    };
  }

  async function untilEnded(id: string): Promise<ImportState> {
    for (;;) {
      const body = (await gql(IMPORT, { id })).body as { data: { citizenImport: ImportState } };
      const state = body.data.citizenImport;
      if (state.status !== 'running') return state;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  it('is for population stewards only', async () => {
    const { csv } = citizenCsv(1, 1);
    expect(errorOf((await gql(START, { input: { fileName: 'a.csv', csv } }, null)).body)).toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    expect(errorOf(await start('a.csv', csv, CAROL))).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorOf((await gql(IMPORTS, {}, CAROL)).body)).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('refuses a file whose header does not fit, or that is too large, before starting anything', async () => {
    const before = ((await gql(IMPORTS)).body as { data: { citizenImports: unknown[] } }).data.citizenImports.length;
    const wrongHeader = await start('wrong.csv', 'personal_id_number,name\n001191000001,An\n');
    expect(errorOf(wrongHeader)).toMatchObject({ code: 'IMPORT_FILE_INVALID', field: 'csv' });
    expect(wrongHeader.errors?.[0]).toMatchObject({ message: expect.stringContaining('no column "family_name"') });
    expect(errorOf(await start('empty.csv', '\n'))).toMatchObject({ code: 'IMPORT_FILE_INVALID' });
    const large = citizenCsv(1, 1).csv + 'x'.repeat(600 * 1024);
    expect(errorOf(await start('large.csv', large))).toMatchObject({ code: 'IMPORT_FILE_TOO_LARGE' });
    expect(errorOf(await start('../etc/passwd', citizenCsv(1, 1).csv))).toMatchObject({ field: 'fileName' });
    const after = ((await gql(IMPORTS)).body as { data: { citizenImports: unknown[] } }).data.citizenImports.length;
    expect(after).toBe(before);
  });

  it('registers the good rows, returns the bad ones as a rejects file, and changes nothing the second time', async () => {
    const { csv, numbers } = citizenCsv(100, 30, {
      4: { birth_month: '13' },
      17: { personal_id_number: '12345' },
    });
    const started = await start('ho-khau-01.csv', csv);
    expect(started.data?.startCitizenImport).toMatchObject({
      status: 'running',
      fileBytes: Buffer.byteLength(csv),
      startedBy: 'st-alice',
    });
    const first = await untilEnded(started.data!.startCitizenImport.id);
    expect(first).toMatchObject({
      status: 'finished',
      rowsRead: 30,
      accepted: 28,
      alreadyRegistered: 0,
      refused: 2,
      failure: null,
      earlierImportOfSameFile: null,
    });
    const rejects = first.rejectsCsv!.trim().split('\n');
    expect(rejects[0]).toMatch(/^line,field,reason,personal_id_number,family_name,/);
    expect(rejects.slice(1).map((line) => line.split(',').slice(0, 2))).toEqual([
      ['6', 'birth_month'],
      ['19', 'personal_id_number'],
    ]);

    const read = await gql(READ, { id: numbers[0] }, BOB);
    expect(read.body.data.citizen).toMatchObject({
      fullName: 'Phạm Thị Hạnh',
      history: [{ changeKind: expect.any(String), reason: 'import ho-khau-01.csv', changedBy: 'st-alice' }],
    });

    const again = await start('ho-khau-01 (1).csv', csv, BOB);
    const second = await untilEnded(again.data!.startCitizenImport.id);
    expect(second).toMatchObject({
      status: 'finished',
      rowsRead: 30,
      accepted: 0,
      alreadyRegistered: 28,
      refused: 2,
      earlierImportOfSameFile: { id: first.id },
    });
    const history = await gql(READ, { id: numbers[0] }, BOB);
    expect(history.body.data.citizen.history).toHaveLength(1);
  });

  it('runs one import at a time', async () => {
    // Two large files, so that whichever starts first still runs when the other arrives.
    const [one, other] = await Promise.all([
      start('first.csv', citizenCsv(1000, 3000).csv),
      start('second.csv', citizenCsv(5000, 3000).csv, BOB),
    ]);
    const refused = [one, other].filter((body) => errorOf(body)?.code === 'IMPORT_ALREADY_RUNNING');
    const begun = [one, other].filter((body) => body.data?.startCitizenImport);
    expect(refused).toHaveLength(1);
    expect(begun).toHaveLength(1);
    expect(refused[0].errors?.[0]).toMatchObject({ message: expect.stringContaining('is still running') });
    const ended = await untilEnded(begun[0].data!.startCitizenImport.id);
    expect(ended.status).toBe('finished');
  });
});
