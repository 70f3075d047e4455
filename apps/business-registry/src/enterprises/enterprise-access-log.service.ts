import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  ACCESS_DATA_SOURCE,
  requireAccess,
  subjectAccessLog,
  type AccessLogConnection,
  type Query,
  type SubjectLogRequest,
} from '@app/access';
import type { CitizenPrincipal } from '@app/auth';
import { CursorCodec } from '@app/pagination';

/**
 * An enterprise's access log, for the people who answer for it: its current legal
 * representatives, as the business registry knows them. The log itself is read through
 * the access core (libs/access).
 */
@Injectable()
export class EnterpriseAccessLogService {
  private readonly query: Query;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(ACCESS_DATA_SOURCE) accessDataSource: DataSource,
    private readonly cursors: CursorCodec,
  ) {
    // The log is the access core's, maybe in another database than the registry's records.
    this.query = (sql, parameters) => accessDataSource.query(sql, parameters);
  }

  async accessLog(
    citizen: CitizenPrincipal,
    enterpriseCode: string,
    request: SubjectLogRequest,
  ): Promise<AccessLogConnection> {
    await this.checkRepresentative(citizen, enterpriseCode);
    return subjectAccessLog(this.query, { kind: 'enterprise', id: enterpriseCode }, request, this.cursors);
  }

  /** Refuses anyone but a current legal representative; an unknown enterprise alike, so as not to tell. */
  private async checkRepresentative(citizen: CitizenPrincipal, enterpriseCode: string): Promise<void> {
    const rows = await this.dataSource.query<{ personal_id_number: string }[]>(
      `SELECT r.personal_id_number FROM business.legal_representatives r
         JOIN business.enterprises e ON e.id = r.enterprise_id
        WHERE e.enterprise_code = $1`,
      [enterpriseCode],
    );
    const representatives = rows.map((row) => row.personal_id_number);
    requireAccess(citizen, { about: 'enterpriseLog', enterpriseCode, representatives });
  }
}
