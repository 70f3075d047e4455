import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CitizenEntity } from './citizen.entity';

/** A check run in a registration's transaction, once the record is inserted. */
export type RegistrationCheck = (manager: EntityManager, citizen: CitizenEntity) => Promise<void>;

/**
 * What other features check at registration, in its transaction: data quality opens what the
 * ID number says against the record. They add their checks here, so that the records feature
 * knows none of them (and imports no other feature).
 */
@Injectable()
export class RegistrationChecks {
  private readonly checks: RegistrationCheck[] = [];

  add(check: RegistrationCheck): void {
    this.checks.push(check);
  }

  async run(manager: EntityManager, citizen: CitizenEntity): Promise<void> {
    for (const check of this.checks) await check(manager, citizen);
  }
}
