import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { PurposeEntity } from '@app/access';

@Injectable()
export class PurposesService {
  constructor(@InjectRepository(PurposeEntity) private readonly purposes: Repository<PurposeEntity>) {}

  /** The whole catalogue, by code: it is short, and public. */
  list(): Promise<PurposeEntity[]> {
    return this.purposes.find({ order: { code: 'ASC' } });
  }
}
