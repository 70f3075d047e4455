import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { LessThanOrEqual, Repository } from 'typeorm';
import { citizenFromSnapshot } from './citizen-snapshot';
import { CitizenVersionEntity } from './citizen-version.entity';
import { CitizenEntity } from './citizen.entity';
import { CitizenNotFoundError } from './citizen.errors';

/** Reading the population registry: the current record, a past one, and the history. */
@Injectable()
export class CitizensService {
  constructor(
    @InjectRepository(CitizenEntity) private readonly citizens: Repository<CitizenEntity>,
    @InjectRepository(CitizenVersionEntity) private readonly versions: Repository<CitizenVersionEntity>,
  ) {}

  /**
   * The current record. The number of a duplicate merged into another record leads to the
   * survivor (`mergedFrom` says so); the duplicate's own versions stay in its history.
   */
  async get(personalIdNumber: string): Promise<{ citizen: CitizenEntity; mergedFrom: string | null }> {
    const citizen = await this.citizens.findOneBy({ personalIdNumber });
    if (!citizen) throw new CitizenNotFoundError(personalIdNumber);
    if (!citizen.mergedIntoId) return { citizen, mergedFrom: null };
    const survivor = await this.citizens.findOneByOrFail({ id: citizen.mergedIntoId });
    return { citizen: survivor, mergedFrom: personalIdNumber };
  }

  /** The record as the registry knew it at `asOf`: the last version recorded by then. */
  async getAsOf(personalIdNumber: string, asOf: Date): Promise<CitizenEntity> {
    const citizen = await this.citizens.findOne({ where: { personalIdNumber }, select: { id: true } });
    const version =
      citizen &&
      (await this.versions.findOne({
        where: { citizenId: citizen.id, recordedAt: LessThanOrEqual(asOf) },
        order: { version: 'DESC' },
      }));
    if (!version) throw new CitizenNotFoundError(personalIdNumber, asOf);
    return citizenFromSnapshot(this.citizens.manager.connection, version.snapshot);
  }

  /** Every version of the record, newest first, each with the record as it stood. */
  async history(personalIdNumber: string): Promise<{ version: CitizenVersionEntity; record: CitizenEntity }[]> {
    const citizen = await this.citizens.findOne({ where: { personalIdNumber }, select: { id: true } });
    if (!citizen) throw new CitizenNotFoundError(personalIdNumber);
    const versions = await this.versions.find({ where: { citizenId: citizen.id }, order: { version: 'DESC' } });
    return versions.map((version) => ({
      version,
      record: citizenFromSnapshot(this.citizens.manager.connection, version.snapshot),
    }));
  }
}
