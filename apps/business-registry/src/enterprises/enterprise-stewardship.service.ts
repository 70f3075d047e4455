import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { StewardPrincipal } from '@app/auth';
import { InvalidInputError } from '@app/errors';
import { checkCalendarDate } from '@app/validation';
import { BranchEntity } from './branch.entity';
import { BusinessLineEntity } from './business-line.entity';
import { EnterpriseEntity } from './enterprise.entity';
import { EnterpriseAlreadyRegisteredError, EnterpriseNotFoundError, InvalidAmendmentError } from './enterprise.errors';
import { checkBusinessLines, checkOwners } from './enterprise-rules';
import { recordEnterpriseVersion } from './enterprise-snapshot';
import { amendEnterprise } from './enterprise-writer';
import { LegalRepresentativeEntity } from './legal-representative.entity';
import { OwnerEntity } from './owner.entity';
import type {
  AmendRepresentativeInput,
  ChangeEnterpriseStatusInput,
  RegisterBranchInput,
  RegisterEnterpriseInput,
} from './dto/enterprise-stewardship.inputs';

const UNIQUE_VIOLATION = '23505';

/**
 * Stewards' changes to the business registry. Every change is an amendment: a new version
 * of the enterprise with its collections, who made it and why, refused if the enterprise
 * moved on from the version it was based on.
 */
@Injectable()
export class EnterpriseStewardshipService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async register(steward: StewardPrincipal, input: RegisterEnterpriseInput): Promise<string> {
    checkCalendarDate('establishmentDate', input.establishmentDate);
    checkBusinessLines(input);
    checkOwners(input);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const { identifiers } = await manager.insert(EnterpriseEntity, {
          enterpriseCode: input.enterpriseCode,
          name: input.name,
          foreignName: input.foreignName ?? null,
          abbreviation: input.abbreviation ?? null,
          type: input.type,
          status: 'active',
          establishmentDate: input.establishmentDate,
          headOfficeProvinceCode: input.headOffice.provinceCode,
          headOfficeAddress: input.headOffice.address,
          charterCapital: input.charterCapital,
        });
        const enterprise = { id: identifiers[0].id as string };
        await manager.insert(
          LegalRepresentativeEntity,
          input.legalRepresentatives.map((r) => ({ enterprise, personalIdNumber: r.personalIdNumber, title: r.title })),
        );
        await manager.insert(
          BusinessLineEntity,
          input.businessLines.map((line) => ({
            enterprise,
            vsicVersion: line.vsicVersion,
            code: line.code,
            isMain: line.isMain,
          })),
        );
        if (input.owners.length) {
          await manager.insert(
            OwnerEntity,
            input.owners.map((owner) => ({
              enterprise,
              personalIdNumber: owner.personalIdNumber ?? null,
              enterpriseCode: owner.enterpriseCode ?? null,
              name: owner.name ?? null,
              capitalContribution: owner.capitalContribution,
            })),
          );
        }
        await recordEnterpriseVersion(manager, enterprise.id, {
          kind: 'register',
          reason: input.reason,
          changedBy: steward.stewardId,
        });
        return input.enterpriseCode;
      });
    } catch (error) {
      if ((error as { code?: string; constraint?: string }).constraint === 'uq_enterprises_enterprise_code') {
        throw new EnterpriseAlreadyRegisteredError(input.enterpriseCode);
      }
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) {
        throw new InvalidInputError('input', 'lists the same representative or business line twice');
      }
      throw error;
    }
  }

  async changeStatus(steward: StewardPrincipal, input: ChangeEnterpriseStatusInput): Promise<string> {
    return this.amend(input.enterpriseCode, async (manager, current) => {
      if (current.status === (input.status as string))
        throw new InvalidAmendmentError(`The enterprise is ${input.status} already`);
      await amendEnterprise(
        manager,
        current,
        input.expectedVersion,
        { status: input.status },
        {
          kind: 'change_status',
          reason: input.reason,
          changedBy: steward.stewardId,
        },
      );
    });
  }

  async addRepresentative(steward: StewardPrincipal, input: AmendRepresentativeInput): Promise<string> {
    if (!input.title) throw new InvalidInputError('title', 'is required when adding a representative');
    const title = input.title;
    return this.amend(input.enterpriseCode, async (manager, current) => {
      const listed = await manager.countBy(LegalRepresentativeEntity, {
        enterprise: { id: current.id },
        personalIdNumber: input.personalIdNumber,
      });
      if (listed) throw new InvalidAmendmentError(`${input.personalIdNumber} is a legal representative already`);
      await amendEnterprise(
        manager,
        current,
        input.expectedVersion,
        {},
        { kind: 'add_representative', reason: input.reason, changedBy: steward.stewardId },
        async (m) => {
          await m.insert(LegalRepresentativeEntity, {
            enterprise: { id: current.id },
            personalIdNumber: input.personalIdNumber,
            title,
          });
        },
      );
    });
  }

  async removeRepresentative(steward: StewardPrincipal, input: AmendRepresentativeInput): Promise<string> {
    return this.amend(input.enterpriseCode, async (manager, current) => {
      const representatives = await manager.findBy(LegalRepresentativeEntity, { enterprise: { id: current.id } });
      if (!representatives.some((r) => r.personalIdNumber === input.personalIdNumber)) {
        throw new InvalidAmendmentError(
          `${input.personalIdNumber} is not a legal representative of ${input.enterpriseCode}`,
        );
      }
      if (representatives.length === 1) {
        throw new InvalidAmendmentError('An enterprise keeps at least one legal representative: add the new one first');
      }
      await amendEnterprise(
        manager,
        current,
        input.expectedVersion,
        {},
        { kind: 'remove_representative', reason: input.reason, changedBy: steward.stewardId },
        async (m) => {
          await m.delete(LegalRepresentativeEntity, {
            enterprise: { id: current.id },
            personalIdNumber: input.personalIdNumber,
          });
        },
      );
    });
  }

  /** A branch or representative office, as an amendment of its parent (which must exist). */
  async registerBranch(steward: StewardPrincipal, input: RegisterBranchInput): Promise<string> {
    const enterpriseCode = input.branchCode.slice(0, 10);
    try {
      return await this.amend(enterpriseCode, async (manager, current) => {
        await amendEnterprise(
          manager,
          current,
          input.expectedVersion,
          {},
          { kind: 'register_branch', reason: input.reason, changedBy: steward.stewardId },
          async (m) => {
            await m.insert(BranchEntity, {
              enterprise: { id: current.id },
              branchCode: input.branchCode,
              kind: input.kind as BranchEntity['kind'],
              name: input.name,
              provinceCode: input.location.provinceCode,
              address: input.location.address,
            });
          },
        );
      });
    } catch (error) {
      if ((error as { constraint?: string }).constraint === 'uq_branches_branch_code') {
        throw new InvalidAmendmentError(`Branch code ${input.branchCode} is taken`, { branchCode: input.branchCode });
      }
      throw error;
    }
  }

  private async amend(
    enterpriseCode: string,
    change: (manager: EntityManager, current: EnterpriseEntity) => Promise<void>,
  ): Promise<string> {
    await this.dataSource.transaction(async (manager) => {
      const current = await manager.findOneBy(EnterpriseEntity, { enterpriseCode });
      if (!current) throw new EnterpriseNotFoundError(enterpriseCode);
      await change(manager, current);
    });
    return enterpriseCode;
  }
}
