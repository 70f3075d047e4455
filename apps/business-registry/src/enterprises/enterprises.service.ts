import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { EnterpriseEntity } from './enterprise.entity';
import { EnterpriseNotFoundError } from './enterprise.errors';

@Injectable()
export class EnterprisesService {
  constructor(@InjectRepository(EnterpriseEntity) private readonly enterprises: Repository<EnterpriseEntity>) {}

  /** The enterprise with its legal representatives. */
  async get(enterpriseCode: string): Promise<EnterpriseEntity> {
    const enterprise = await this.find(enterpriseCode);
    if (!enterprise) throw new EnterpriseNotFoundError(enterpriseCode);
    return enterprise;
  }

  find(enterpriseCode: string): Promise<EnterpriseEntity | null> {
    return this.enterprises.findOne({ where: { enterpriseCode }, relations: { legalRepresentatives: true } });
  }
}
