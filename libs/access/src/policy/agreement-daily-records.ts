import type { ConsentUseRunner } from './consent-lookup';

/** Today in Vietnam, whatever the server's zone: the day an agreement's recordsPerDay counts. */
export const VIETNAM_TODAY = `(now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date`;

/**
 * Adds each agreement's records to today's count, only where the sum stays within the limit
 * of the version in force (re-read under the count row's lock, so two instances racing for
 * the day's last records cannot both get them; an agreement no longer in force, or no longer
 * limited, counts without a limit). $2 and $3 side by side: agreement number, records.
 * Answers the agreement numbers that could not be counted.
 */
const COUNT_SQL = `
  WITH asked AS (
    SELECT u.agreement_number, u.records, a.records_per_day
      FROM unnest($2::text[], $3::int[]) AS u(agreement_number, records)
      LEFT JOIN access.agreements a
             ON a.agreement_number = u.agreement_number AND a.agency_code = $1 AND a.status = 'approved'
  ),
  counted AS (
    INSERT INTO access.agreement_daily_records AS d (agency_code, agreement_number, day, records)
    SELECT $1, agreement_number, ${VIETNAM_TODAY}, records FROM asked
     WHERE records_per_day IS NULL OR records <= records_per_day
    ON CONFLICT (agency_code, agreement_number, day) DO UPDATE SET records = d.records + EXCLUDED.records
     WHERE d.records + EXCLUDED.records <= COALESCE(
             (SELECT a.records_per_day FROM access.agreements a
               WHERE a.agreement_number = EXCLUDED.agreement_number AND a.agency_code = EXCLUDED.agency_code
                 AND a.status = 'approved'),
             d.records + EXCLUDED.records)
    RETURNING agreement_number
  )
  SELECT agreement_number FROM asked WHERE agreement_number NOT IN (SELECT agreement_number FROM counted)`;

/**
 * Counts records released under agreements with a daily limit, in the access log's
 * transaction; returns the agreement numbers whose limit the records would pass (then
 * nothing of the write may commit).
 */
export async function countDailyRecords(
  runner: ConsentUseRunner,
  agencyCode: string,
  records: Map<string, number>,
): Promise<string[]> {
  if (records.size === 0) return [];
  const rows = await runner.query<{ agreement_number: string }[]>(COUNT_SQL, [
    agencyCode,
    [...records.keys()],
    [...records.values()],
  ]);
  return rows.map((row) => row.agreement_number);
}
