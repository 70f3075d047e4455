import { keysetPage } from '@app/pagination';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, MoreThan, Repository } from 'typeorm';
import { describePrincipal, type OperatorPrincipal } from '@app/auth';
import { AgencyEntity } from '@app/access';
import { AgencyAlreadyRegisteredError, AgencyNotFoundError } from './agency.errors';
import type { RegisterAgencyInput } from './dto/register-agency.input';

export interface AgencyPage {
  agencies: AgencyEntity[];
  hasNextPage: boolean;
  totalCount: number;
}

@Injectable()
export class AgenciesService {
  private readonly logger = new Logger(AgenciesService.name);

  constructor(
    @InjectRepository(AgencyEntity) private readonly agencies: Repository<AgencyEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** Agencies ordered by code, `first` of them after the code `afterCode`. */
  async list(first: number, afterCode: string | null): Promise<AgencyPage> {
    const [rows, totalCount] = await Promise.all([
      this.agencies.find({
        where: afterCode ? { code: MoreThan(afterCode) } : {},
        relations: { parent: true },
        order: { code: 'ASC' },
        take: first + 1,
      }),
      this.agencies.count(),
    ]);
    const page = keysetPage(rows, first);
    return { agencies: page.rows, hasNextPage: page.hasNextPage, totalCount };
  }

  /** Adds an agency to the directory, active; its systems and agreements are approved separately. */
  async register(admin: OperatorPrincipal, input: RegisterAgencyInput): Promise<AgencyEntity> {
    const agency = await this.dataSource.transaction(async (manager) => {
      const parent = input.parentCode ? await manager.findOneBy(AgencyEntity, { code: input.parentCode }) : null;
      if (input.parentCode && !parent) throw new AgencyNotFoundError(input.parentCode);
      // ON CONFLICT DO NOTHING: of two admins registering one code at once, one gets the error.
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(AgencyEntity)
        .values({ code: input.code, nameVi: input.nameVi, level: input.level, status: 'active', parent })
        .orIgnore()
        .returning(['id'])
        .execute();
      if ((inserted.raw as unknown[]).length === 0) throw new AgencyAlreadyRegisteredError(input.code);
      return manager.findOneOrFail(AgencyEntity, { where: { code: input.code }, relations: { parent: true } });
    });
    this.logger.log(`${describePrincipal(admin)} registered agency ${agency.code}`);
    return agency;
  }
}
