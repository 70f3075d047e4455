import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import {
  describePrincipal,
  isSameOperator,
  jwkThumbprint,
  type OperatorPrincipal,
  type Principal,
  type PublicJwk,
} from '@app/auth';
import { agencyScopeOf } from '../agencies/agency-scope';
import { AgencyEntity, AgencySystemEntity, type AgencySystemStatus } from '@app/access';
import { AgencyNotFoundError } from '../agencies/agency.errors';
import {
  AgencySystemAlreadyRegisteredError,
  AgencySystemNotFoundError,
  AgencySystemStatusError,
  KeyAlreadyRegisteredError,
  KeyAlreadyRevokedError,
  SelfApprovalError,
  SystemKeyNotFoundError,
  SystemKeyNotPendingError,
} from './agency-system.errors';
import type { RegisterAgencySystemInput } from './dto/agency-system.inputs';
import type { AgencySystemWithKeys } from './agency-system.model';
import { parsePublicKeys } from './public-key';
import { SystemKeyEntity, type SystemKeyStatus } from './system-key.entity';

/**
 * Onboarding of agency systems (OAuth clients): one administrator registers a system with its
 * public keys, a different one approves it; a key added later (rotation) waits for a different
 * administrator too; keys are revoked, and a system suspended, at once by one; a suspended
 * system is resumed by someone other than who suspended it. The token endpoint reads these
 * tables as they stand.
 */
@Injectable()
export class AgencySystemsService {
  private readonly logger = new Logger(AgencySystemsService.name);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async register(admin: OperatorPrincipal, input: RegisterAgencySystemInput): Promise<AgencySystemWithKeys> {
    const keys = parsePublicKeys('keys', input.keys);
    await this.dataSource.transaction(async (manager) => {
      if (!(await manager.existsBy(AgencyEntity, { code: input.agencyCode }))) {
        throw new AgencyNotFoundError(input.agencyCode);
      }
      // ON CONFLICT DO NOTHING: of two registrations of one client id, one gets the error.
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(AgencySystemEntity)
        .values({
          clientId: input.clientId,
          agencyCode: input.agencyCode,
          name: input.name,
          status: 'pending',
          registeredBy: admin.operatorId,
        })
        .orIgnore()
        .returning(['client_id'])
        .execute();
      if ((inserted.raw as unknown[]).length === 0) throw new AgencySystemAlreadyRegisteredError(input.clientId);
      // Approved with the system, by the second administrator who approves it.
      await this.insertKeys(manager, input.clientId, keys, admin, 'active');
    });
    this.logger.log(`${describePrincipal(admin)} registered system ${input.clientId} of ${input.agencyCode}`);
    return this.get(input.clientId);
  }

  /**
   * Approves a pending system (not by who registered it), or resumes a suspended one (not by
   * who suspended it).
   */
  async approve(admin: OperatorPrincipal, clientId: string): Promise<AgencySystemWithKeys> {
    await this.dataSource.transaction(async (manager) => {
      const system = await this.locked(manager, clientId);
      checkStatus(system, ['pending', 'suspended'], 'approved');
      if (system.status === 'pending' && isSameOperator(system.registeredBy, admin.operatorId)) {
        throw new SelfApprovalError();
      }
      if (system.status === 'suspended' && isSameOperator(system.suspendedBy, admin.operatorId)) {
        throw new SelfApprovalError('A suspended system needs a different administrator than who suspended it');
      }
      await manager.update(
        AgencySystemEntity,
        { clientId },
        {
          status: 'active',
          approvedBy: admin.operatorId,
          approvedAt: new Date(),
          suspendedBy: null,
          suspendedAt: null,
        },
      );
    });
    this.logger.log(`${describePrincipal(admin)} approved system ${clientId}`);
    return this.get(clientId);
  }

  /** Stops a system from getting tokens, at once; one administrator suffices to stop. */
  async suspend(admin: OperatorPrincipal, clientId: string): Promise<AgencySystemWithKeys> {
    await this.dataSource.transaction(async (manager) => {
      const system = await this.locked(manager, clientId);
      checkStatus(system, ['pending', 'active'], 'suspended');
      await manager.update(
        AgencySystemEntity,
        { clientId },
        { status: 'suspended', suspendedBy: admin.operatorId, suspendedAt: new Date() },
      );
    });
    this.logger.log(`${describePrincipal(admin)} suspended system ${clientId}`);
    return this.get(clientId);
  }

  /**
   * Adds keys (a rotation: the old key works until it is revoked). A key added after
   * registration is pending, unusable, until a different administrator approves it: one
   * administrator alone must not be able to let a key of their choosing get tokens.
   * A revoked key cannot come back.
   */
  async addKey(admin: OperatorPrincipal, clientId: string, jwkText: string): Promise<AgencySystemWithKeys> {
    const keys = parsePublicKeys('jwk', [jwkText]);
    await this.dataSource.transaction(async (manager) => {
      const system = await this.locked(manager, clientId);
      checkStatus(system, ['pending', 'active', 'suspended'], 'given keys');
      await this.insertKeys(manager, clientId, keys, admin, 'pending');
    });
    this.logger.log(
      `${describePrincipal(admin)} added key(s) ${keys.map((k) => k.kid).join(', ')} to ${clientId}, pending approval`,
    );
    return this.get(clientId);
  }

  /** Makes a pending key usable: never by the administrator who added it. */
  async approveKey(admin: OperatorPrincipal, clientId: string, kid: string): Promise<AgencySystemWithKeys> {
    await this.dataSource.transaction(async (manager) => {
      await this.locked(manager, clientId);
      const key = await this.lockedKey(manager, clientId, kid);
      if (key.status !== 'pending') throw new SystemKeyNotPendingError(clientId, kid, key.status);
      if (isSameOperator(key.addedBy, admin.operatorId)) {
        throw new SelfApprovalError('A new key needs a different administrator than who added it to approve it');
      }
      await manager.update(
        SystemKeyEntity,
        { clientId, kid },
        { status: 'active', approvedBy: admin.operatorId, approvedAt: new Date() },
      );
    });
    this.logger.log(`${describePrincipal(admin)} approved key ${kid} of ${clientId}`);
    return this.get(clientId);
  }

  /**
   * Keys waiting for a second administrator, oldest first: to an administrator, those they
   * may approve (added by someone else); to an auditor, all.
   */
  async pendingKeys(caller: OperatorPrincipal): Promise<SystemKeyEntity[]> {
    const pending = await this.dataSource.getRepository(SystemKeyEntity).find({
      where: { status: 'pending' },
      order: { addedAt: 'ASC', clientId: 'ASC', kid: 'ASC' },
    });
    return caller.kind === 'admin' ? pending.filter((key) => !isSameOperator(key.addedBy, caller.operatorId)) : pending;
  }

  /** Revokes a key, active or pending, at once; it stays listed, revoked, for the record. */
  async revokeKey(admin: OperatorPrincipal, clientId: string, kid: string): Promise<AgencySystemWithKeys> {
    await this.dataSource.transaction(async (manager) => {
      await this.locked(manager, clientId);
      const key = await this.lockedKey(manager, clientId, kid);
      if (key.status === 'revoked') throw new KeyAlreadyRevokedError(clientId, kid, key.revokedAt!);
      await manager.update(
        SystemKeyEntity,
        { clientId, kid },
        { status: 'revoked', revokedBy: admin.operatorId, revokedAt: new Date() },
      );
    });
    this.logger.log(`${describePrincipal(admin)} revoked key ${kid} of ${clientId}`);
    return this.get(clientId);
  }

  /** Systems by client id: an agency caller sees its own agency's only. */
  async list(caller: Principal, agencyCode: string | null | undefined): Promise<AgencySystemWithKeys[]> {
    const scope = agencyScopeOf(caller, agencyCode);
    const systems = await this.dataSource.getRepository(AgencySystemEntity).find({
      where: scope ? { agencyCode: scope } : {},
      order: { clientId: 'ASC' },
    });
    return this.withKeys(systems);
  }

  private async get(clientId: string): Promise<AgencySystemWithKeys> {
    const system = await this.dataSource.getRepository(AgencySystemEntity).findOneBy({ clientId });
    if (!system) throw new AgencySystemNotFoundError(clientId);
    return (await this.withKeys([system]))[0];
  }

  /** Each system with every key it has had, oldest first (the systems are the core's table, the keys the exchange's). */
  private async withKeys(systems: AgencySystemEntity[]): Promise<AgencySystemWithKeys[]> {
    if (systems.length === 0) return [];
    const keys = await this.dataSource.getRepository(SystemKeyEntity).find({
      where: { clientId: In(systems.map((system) => system.clientId)) },
      order: { addedAt: 'ASC', kid: 'ASC' },
    });
    return systems.map((system) => ({ ...system, keys: keys.filter((key) => key.clientId === system.clientId) }));
  }

  /** The system, locked: two administrators acting on it at once act one after the other. */
  private async locked(manager: EntityManager, clientId: string): Promise<AgencySystemEntity> {
    const system = await manager.findOne(AgencySystemEntity, {
      where: { clientId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!system) throw new AgencySystemNotFoundError(clientId);
    return system;
  }

  private async lockedKey(manager: EntityManager, clientId: string, kid: string): Promise<SystemKeyEntity> {
    const key = await manager.findOne(SystemKeyEntity, {
      where: { clientId, kid },
      lock: { mode: 'pessimistic_write' },
    });
    if (!key) throw new SystemKeyNotFoundError(clientId, kid);
    return key;
  }

  /**
   * Stores new keys, refusing a kid or a key the system has ever had: re-adding a revoked key
   * under a new kid would revive it.
   */
  private async insertKeys(
    manager: EntityManager,
    clientId: string,
    keys: PublicJwk[],
    admin: OperatorPrincipal,
    status: SystemKeyStatus,
  ): Promise<void> {
    const existing = await manager.findBy(SystemKeyEntity, { clientId });
    const thumbprints = new Set(existing.map((key) => thumbprintOf(key.publicJwk)));
    const kids = new Set(existing.map((key) => key.kid));
    for (const key of keys) {
      if (kids.has(key.kid) || thumbprints.has(thumbprintOf(key)))
        throw new KeyAlreadyRegisteredError(clientId, key.kid);
    }
    await manager.insert(
      SystemKeyEntity,
      keys.map((publicJwk) => ({
        clientId,
        kid: publicJwk.kid,
        publicJwk,
        status,
        addedBy: admin.operatorId,
      })),
    );
  }
}

function checkStatus(system: AgencySystemEntity, allowed: AgencySystemStatus[], action: string): void {
  if (!allowed.includes(system.status)) throw new AgencySystemStatusError(system.clientId, system.status, action);
}

function thumbprintOf(jwk: PublicJwk): string {
  return jwkThumbprint(jwk as unknown as Record<string, string>);
}
