import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { CitizenEntity } from './citizen.entity';
import { CitizenNotFoundError } from './citizen.errors';

@Injectable()
export class CitizensService {
  constructor(@InjectRepository(CitizenEntity) private readonly citizens: Repository<CitizenEntity>) {}

  async get(personalIdNumber: string): Promise<CitizenEntity> {
    const citizen = await this.citizens.findOneBy({ personalIdNumber });
    if (!citizen) throw new CitizenNotFoundError(personalIdNumber);
    return citizen;
  }

  /** Many citizens in one query, in the order asked; null where there is none. */
  async findMany(personalIdNumbers: string[]): Promise<(CitizenEntity | null)[]> {
    const found = await this.citizens.findBy({ personalIdNumber: In([...new Set(personalIdNumbers)]) });
    const byNumber = new Map(found.map((citizen) => [citizen.personalIdNumber, citizen]));
    return personalIdNumbers.map((number) => byNumber.get(number) ?? null);
  }
}
