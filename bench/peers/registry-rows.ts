import { Pool } from 'pg';
import { readEnvironment } from '@app/config';

/**
 * The rows every peer reads: the same tables sochung's subgraphs keep (population.citizens,
 * business.enterprises, business.legal_representatives), through plain SQL on `pg`.
 */
export interface CitizenAnswer {
  personalIdNumber: string;
  fullName: string;
  sex: string;
}

export interface EnterpriseAnswer {
  enterpriseCode: string;
  name: string;
  legalRepresentatives: { title: string; citizen: { personalIdNumber: string } }[];
}

/** The same pool size as sochung's apps (DATABASE_POOL_SIZE, default 10). */
export function peerPool(): Pool {
  const env = readEnvironment();
  const url = env.DATABASE_URL;
  if (!url) throw new Error('peers read PostgreSQL: DATABASE_URL is required');
  return new Pool({
    connectionString: url,
    max: Number(env.DATABASE_POOL_SIZE ?? 10),
    application_name: 'bench-peer',
  });
}

const CITIZEN_COLUMNS = 'personal_id_number, family_name, middle_name, given_name, sex';

interface CitizenRow {
  personal_id_number: string;
  family_name: string;
  middle_name: string | null;
  given_name: string;
  sex: string;
}

/** As sochung's Citizen model builds them: the name's parts joined, the sex as its enum name. */
function citizenAnswer(row: CitizenRow): CitizenAnswer {
  return {
    personalIdNumber: row.personal_id_number,
    fullName: [row.family_name, row.middle_name, row.given_name].filter(Boolean).join(' '),
    sex: row.sex.toUpperCase(),
  };
}

export async function citizenById(pool: Pool, personalIdNumber: string): Promise<CitizenAnswer | null> {
  const { rows } = await pool.query<CitizenRow>(
    `SELECT ${CITIZEN_COLUMNS} FROM population.citizens WHERE personal_id_number = $1`,
    [personalIdNumber],
  );
  return rows[0] ? citizenAnswer(rows[0]) : null;
}

/** In the order asked, null for a number not registered: what `citizens(personalIdNumbers:)` answers. */
export async function citizensByIds(pool: Pool, personalIdNumbers: string[]): Promise<(CitizenAnswer | null)[]> {
  const { rows } = await pool.query<CitizenRow>(
    `SELECT ${CITIZEN_COLUMNS} FROM population.citizens WHERE personal_id_number = ANY($1)`,
    [personalIdNumbers],
  );
  const byId = new Map(rows.map((row) => [row.personal_id_number, citizenAnswer(row)]));
  return personalIdNumbers.map((id) => byId.get(id) ?? null);
}

/** The enterprise and its representatives, ordered as sochung orders them (registration, then number). */
export async function enterpriseByCode(pool: Pool, enterpriseCode: string): Promise<EnterpriseAnswer | null> {
  const { rows } = await pool.query<{
    enterprise_code: string;
    name: string;
    reps: EnterpriseAnswer['legalRepresentatives'];
  }>(
    `SELECT e.enterprise_code, e.name,
            coalesce((SELECT json_agg(json_build_object('title', r.title,
                                      'citizen', json_build_object('personalIdNumber', r.personal_id_number))
                                      ORDER BY r.created_at, r.personal_id_number)
                      FROM business.legal_representatives r WHERE r.enterprise_id = e.id), '[]') AS reps
       FROM business.enterprises e WHERE e.enterprise_code = $1`,
    [enterpriseCode],
  );
  const row = rows[0];
  return row ? { enterpriseCode: row.enterprise_code, name: row.name, legalRepresentatives: row.reps } : null;
}
