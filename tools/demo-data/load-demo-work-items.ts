import type { DataSource } from 'typeorm';
import { DEMO_CHANGE_REQUESTS, DEMO_DATA_QUALITY_FINDINGS } from '@app/demo-data';

/**
 * Loads the console's demo work (see DEMO_CHANGE_REQUESTS) in one transaction. Each item once:
 * an item is skipped when the same citizen already has one with the same reason or message,
 * whatever its status, so a request a steward approved or rejected never comes back on restart.
 * Returns how many were new.
 */
export async function loadDemoWorkItems(dataSource: DataSource): Promise<number> {
  return dataSource.transaction(async (manager) => {
    let inserted = 0;
    for (const request of DEMO_CHANGE_REQUESTS) {
      const rows = await manager.query<unknown[]>(
        `INSERT INTO population.change_requests (kind, citizen_id, base_version, changes, reason, requested_by)
         SELECT $2, c.id, c.version, $3::jsonb, $4::varchar, $5 FROM population.citizens c
          WHERE c.personal_id_number = $1 AND c.merged_into_id IS NULL
            AND NOT EXISTS (SELECT 1 FROM population.change_requests r WHERE r.citizen_id = c.id AND r.reason = $4::varchar)
         RETURNING id`,
        [request.personalIdNumber, request.kind, JSON.stringify(request.changes), request.reason, request.requestedBy],
      );
      inserted += rows.length;
    }
    for (const finding of DEMO_DATA_QUALITY_FINDINGS) {
      const rows = await manager.query<unknown[]>(
        `INSERT INTO population.data_quality_findings (citizen_id, kind, message, opened_by)
         SELECT c.id, $2, $3::varchar, $4 FROM population.citizens c
          WHERE c.personal_id_number = $1
            AND NOT EXISTS (SELECT 1 FROM population.data_quality_findings f WHERE f.citizen_id = c.id AND f.message = $3::varchar)
         RETURNING id`,
        [finding.personalIdNumber, finding.kind, finding.message, finding.openedBy],
      );
      inserted += rows.length;
    }
    return inserted;
  });
}
