import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { isSameOperator, type StewardPrincipal } from '@app/auth';
import { InvalidInputError, StaleVersionError } from '@app/errors';
import { searchKey } from '@app/identifiers';
import { ChangeRequestEntity, type ChangeRequestKind } from './change-request.entity';
import {
  ChangeRequestDecidedError,
  ChangeRequestNotFoundError,
  InvalidMergeError,
  SelfApprovalError,
} from './change-request.errors';
import type {
  DecideChangeRequestInput,
  RequestIdentityCorrectionInput,
  RequestMergeInput,
  RequestVitalStatusChangeInput,
} from './dto/change-request.inputs';
import {
  CitizenEntity,
  CitizenNotFoundError,
  InvalidDateError,
  VitalStatusValue,
  applyCitizenChange,
  checkPartialDate,
} from '../records';

/**
 * Sensitive changes — identity fields, vital status, merges — under the four-eyes rule: one
 * steward asks, a different steward approves, and the change applies only if the record is
 * still at the version the request was based on (otherwise the request is superseded and
 * nothing is written).
 */
@Injectable()
export class ChangeRequestsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async requestIdentityCorrection(
    steward: StewardPrincipal,
    input: RequestIdentityCorrectionInput,
  ): Promise<ChangeRequestEntity> {
    const changes: Record<string, unknown> = {};
    const { familyName, middleName, givenName, sex, birthDate, oldIdNumber } = input.changes;
    if (familyName !== undefined) changes.familyName = familyName;
    if (middleName !== undefined) changes.middleName = middleName;
    if (givenName !== undefined) changes.givenName = givenName;
    if (sex !== undefined) changes.sex = sex;
    if (oldIdNumber !== undefined) changes.oldIdNumber = oldIdNumber;
    if (birthDate !== undefined) {
      checkPartialDate('changes.birthDate', birthDate);
      Object.assign(changes, {
        birthYear: birthDate.year,
        birthMonth: birthDate.month ?? null,
        birthDay: birthDate.day ?? null,
      });
    }
    if (Object.keys(changes).length === 0)
      throw new InvalidInputError('changes', 'must name at least one identity field');
    return this.open(steward, 'identity', input.personalIdNumber, input.expectedVersion, changes, input.reason);
  }

  async requestVitalStatusChange(
    steward: StewardPrincipal,
    input: RequestVitalStatusChangeInput,
  ): Promise<ChangeRequestEntity> {
    const date = input.date ?? null;
    if (input.vitalStatus !== VitalStatusValue.ALIVE && date === null)
      throw new InvalidDateError('date', 'is required for deceased or missing');
    if (date !== null) {
      const [year, month, day] = date.split('-').map(Number);
      checkPartialDate('date', { year, month, day });
    }
    const citizen = await this.dataSource
      .getRepository(CitizenEntity)
      .findOneBy({ personalIdNumber: input.personalIdNumber });
    if (citizen?.birthYear && date !== null && date < birthLowerBound(citizen)) {
      throw new InvalidDateError('date', 'must not be before the birth date');
    }
    const alive = input.vitalStatus === VitalStatusValue.ALIVE;
    const changes = { vitalStatus: input.vitalStatus, vitalStatusDate: alive ? null : date };
    return this.open(steward, 'vital_status', input.personalIdNumber, input.expectedVersion, changes, input.reason);
  }

  async requestMerge(steward: StewardPrincipal, input: RequestMergeInput): Promise<ChangeRequestEntity> {
    if (input.survivorPersonalIdNumber === input.duplicatePersonalIdNumber) {
      throw new InvalidMergeError('A record cannot be merged into itself');
    }
    const survivor = await this.dataSource
      .getRepository(CitizenEntity)
      .findOneBy({ personalIdNumber: input.survivorPersonalIdNumber });
    if (!survivor || survivor.mergedIntoId) throw new CitizenNotFoundError(input.survivorPersonalIdNumber);
    const changes = { mergedIntoId: survivor.id, survivorPersonalIdNumber: survivor.personalIdNumber };
    return this.open(steward, 'merge', input.duplicatePersonalIdNumber, input.expectedVersion, changes, input.reason);
  }

  /** Applies a pending request: a different steward, the record still at its base version. */
  async approve(steward: StewardPrincipal, input: DecideChangeRequestInput): Promise<ChangeRequestEntity> {
    // A stale request is marked superseded in the same transaction, which must commit; the
    // error reaches the caller after it.
    const outcome = await this.dataSource.transaction(async (manager) => {
      const request = await this.pending(manager, input.id);
      if (isSameOperator(request.requestedBy, steward.stewardId)) throw new SelfApprovalError();
      const citizen = await manager.findOneByOrFail(CitizenEntity, { id: request.citizenId });
      if (request.kind === 'merge') await this.checkSurvivor(manager, request);
      try {
        await applyCitizenChange(manager, citizen, request.baseVersion, this.columnsOf(request, citizen), {
          kind: request.kind,
          reason: `${request.reason} (asked by ${request.requestedBy}, approved by ${steward.stewardId})`,
          changedBy: steward.stewardId,
        });
        return { request: await this.decide(manager, request, 'approved', steward, input.note ?? null), stale: null };
      } catch (error) {
        if (!(error instanceof StaleVersionError)) throw error;
        const note = `record moved to version ${citizen.version}`;
        return { request: await this.decide(manager, request, 'superseded', steward, note), stale: error };
      }
    });
    if (outcome.stale) throw outcome.stale;
    return outcome.request;
  }

  async reject(steward: StewardPrincipal, input: DecideChangeRequestInput): Promise<ChangeRequestEntity> {
    return this.dataSource.transaction(async (manager) => {
      const request = await this.pending(manager, input.id);
      return this.decide(manager, request, 'rejected', steward, input.note ?? null);
    });
  }

  count(status: string): Promise<number> {
    return this.dataSource
      .getRepository(ChangeRequestEntity)
      .countBy({ status: status as ChangeRequestEntity['status'] });
  }

  async list(status: string, first: number): Promise<ChangeRequestEntity[]> {
    return this.dataSource.getRepository(ChangeRequestEntity).find({
      where: { status: status as ChangeRequestEntity['status'] },
      order: { requestedAt: 'ASC' },
      take: first,
    });
  }

  async personalIdNumberOf(citizenId: string): Promise<string> {
    const citizen = await this.dataSource
      .getRepository(CitizenEntity)
      .findOneOrFail({ where: { id: citizenId }, select: { personalIdNumber: true } });
    return citizen.personalIdNumber;
  }

  private async open(
    steward: StewardPrincipal,
    kind: ChangeRequestKind,
    personalIdNumber: string,
    expectedVersion: number,
    changes: Record<string, unknown>,
    reason: string,
  ): Promise<ChangeRequestEntity> {
    const repository = this.dataSource.getRepository(ChangeRequestEntity);
    const citizen = await this.dataSource.getRepository(CitizenEntity).findOneBy({ personalIdNumber });
    if (!citizen || citizen.mergedIntoId) throw new CitizenNotFoundError(personalIdNumber);
    if (citizen.version !== expectedVersion)
      throw new StaleVersionError({ name: 'The record' }, expectedVersion, citizen.version);
    return repository.save(
      repository.create({
        kind,
        citizenId: citizen.id,
        baseVersion: expectedVersion,
        changes,
        reason,
        requestedBy: steward.stewardId,
      }),
    );
  }

  private async checkSurvivor(manager: EntityManager, request: ChangeRequestEntity): Promise<void> {
    const survivor = await manager.findOneBy(CitizenEntity, { id: request.changes.mergedIntoId as string });
    if (!survivor || survivor.mergedIntoId) {
      throw new InvalidMergeError(
        'The survivor has itself been merged since the request: ask again with the record it leads to',
      );
    }
  }

  private async pending(manager: EntityManager, id: string): Promise<ChangeRequestEntity> {
    // Locked: two stewards approving at once decide one after the other.
    const request = await manager.findOne(ChangeRequestEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!request) throw new ChangeRequestNotFoundError(id);
    if (request.status !== 'pending') throw new ChangeRequestDecidedError(id, request.status);
    return request;
  }

  private columnsOf(request: ChangeRequestEntity, citizen: CitizenEntity): Partial<CitizenEntity> {
    if (request.kind === 'merge') return { mergedIntoId: request.changes.mergedIntoId as string };
    const columns = { ...request.changes } as Partial<CitizenEntity>;
    if ('familyName' in columns || 'middleName' in columns || 'givenName' in columns) {
      const names = { ...citizen, ...columns };
      columns.searchName = searchKey(`${names.familyName} ${names.middleName} ${names.givenName}`);
    }
    return columns;
  }

  private decide(
    manager: EntityManager,
    request: ChangeRequestEntity,
    status: ChangeRequestEntity['status'],
    steward: StewardPrincipal,
    note: string | null,
  ): Promise<ChangeRequestEntity> {
    Object.assign(request, { status, decidedBy: steward.stewardId, decidedAt: new Date(), decisionNote: note });
    return manager.save(request);
  }
}

/** The earliest day the (possibly partial) birth date can mean, as YYYY-MM-DD. */
function birthLowerBound(citizen: CitizenEntity): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${citizen.birthYear}-${pad(citizen.birthMonth ?? 1)}-${pad(citizen.birthDay ?? 1)}`;
}
