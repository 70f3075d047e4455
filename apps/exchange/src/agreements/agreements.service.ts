import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Principal } from '@app/auth';
import { agencyScopeOf, checkOwnAgency } from '../agencies/agency-scope';
import { AgreementEntity, type AgreementStatus } from '@app/access';
import { AgreementNotFoundError } from './agreement.errors';
import { keysetPage, type CursorKinds } from '@app/pagination';

export interface AgreementPage {
  agreements: AgreementEntity[];
  hasNextPage: boolean;
  totalCount: number;
}

export interface AgreementFilter {
  agencyCode?: string | null;
  status?: AgreementStatus | null;
  first: number;
  after: CursorKinds['agreement'] | null;
}

/** Reading agreements: administrators and auditors any; an agency its own agency's only. */
@Injectable()
export class AgreementsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Versions by agreement number and version, `first` of them after the position `after`. */
  async list(caller: Principal, filter: AgreementFilter): Promise<AgreementPage> {
    const agencyCode = agencyScopeOf(caller, filter.agencyCode);
    const query = this.dataSource.getRepository(AgreementEntity).createQueryBuilder('a');
    if (agencyCode) query.andWhere('a.agency_code = :agencyCode', { agencyCode });
    if (filter.status) query.andWhere('a.status = :status', { status: filter.status });
    const totalCount = await query.getCount();
    if (filter.after) {
      query.andWhere('(a.agreement_number, a.version) > (:number, :version)', {
        number: filter.after.agreementNumber,
        version: filter.after.version,
      });
    }
    const rows = await query
      .orderBy('a.agreement_number', 'ASC')
      .addOrderBy('a.version', 'ASC')
      .limit(filter.first + 1)
      .getMany();
    const page = keysetPage(rows, filter.first);
    return { agreements: page.rows, hasNextPage: page.hasNextPage, totalCount };
  }

  /** One version; an agency caller only of its own agency. */
  async get(caller: Principal, id: string): Promise<AgreementEntity> {
    const agreement = await this.dataSource.getRepository(AgreementEntity).findOneBy({ id });
    if (!agreement) throw new AgreementNotFoundError({ id });
    checkOwnAgency(caller, agreement.agencyCode);
    return agreement;
  }

  /** Every version of an agreement, oldest first. */
  versions(agreementNumber: string): Promise<AgreementEntity[]> {
    return this.dataSource
      .getRepository(AgreementEntity)
      .find({ where: { agreementNumber }, order: { version: 'ASC' } });
  }
}
