import { consoleGraphql } from '../api/console-graphql';

export interface CitizenImport {
  id: string;
  fileName: string;
  fileBytes: number;
  status: 'running' | 'finished' | 'failed' | 'interrupted';
  rowsRead: number;
  accepted: number;
  alreadyRegistered: number;
  refused: number;
  idMismatches: number;
  startedBy: string;
  startedAt: string;
  finishedAt: string | null;
  failure: string | null;
  earlierImportOfSameFile: { id: string; startedAt: string; fileName: string } | null;
}

const LIST_FIELDS = `id fileName fileBytes status rowsRead accepted alreadyRegistered refused idMismatches
  startedBy startedAt finishedAt failure`;
// The earlier import of the same file costs a query per import: asked for the one shown, not the list.
const FIELDS = `${LIST_FIELDS} earlierImportOfSameFile { id startedAt fileName }`;

const START = `mutation ConsoleStartCitizenImport($input: StartCitizenImportInput!) {
  startCitizenImport(input: $input) { ${FIELDS} }
}`;
const ONE = `query ConsoleCitizenImport($id: ID!) { citizenImport(id: $id) { ${FIELDS} } }`;
const LATEST = `query ConsoleCitizenImports($first: Int!) { citizenImports(first: $first) { ${LIST_FIELDS} } }`;
const REJECTS = `query ConsoleCitizenImportRejects($id: ID!) { citizenImport(id: $id) { id rejectsCsv } }`;

/** Uploads the file; the import runs on in the registry, `loadImport` follows it. */
export async function startImport(fileName: string, csv: string): Promise<CitizenImport> {
  return (await consoleGraphql<{ startCitizenImport: CitizenImport }>(START, { input: { fileName, csv } }))
    .startCitizenImport;
}

export async function loadImport(id: string): Promise<CitizenImport> {
  return (await consoleGraphql<{ citizenImport: CitizenImport }>(ONE, { id })).citizenImport;
}

/** The latest imports, newest first. */
export async function loadImports(first = 20): Promise<Omit<CitizenImport, 'earlierImportOfSameFile'>[]> {
  return (await consoleGraphql<{ citizenImports: CitizenImport[] }>(LATEST, { first })).citizenImports;
}

/** The refused rows as CSV, fetched only when the steward downloads them (they hold personal data). */
export async function loadRejects(id: string): Promise<string | null> {
  return (await consoleGraphql<{ citizenImport: { rejectsCsv: string | null } }>(REJECTS, { id })).citizenImport
    .rejectsCsv;
}
