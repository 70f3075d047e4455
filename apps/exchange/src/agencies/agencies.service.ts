import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { MoreThan, Repository } from 'typeorm';
import { AgencyEntity } from './agency.entity';

export interface AgencyPage {
  agencies: AgencyEntity[];
  hasNextPage: boolean;
  totalCount: number;
}

@Injectable()
export class AgenciesService {
  constructor(@InjectRepository(AgencyEntity) private readonly agencies: Repository<AgencyEntity>) {}

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
    return { agencies: rows.slice(0, first), hasNextPage: rows.length > first, totalCount };
  }
}
