import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, LessThanOrEqual } from 'typeorm';
import { EnterpriseEntity } from './enterprise.entity';
import { EnterpriseNotFoundError } from './enterprise.errors';
import { enterpriseFromSnapshot } from './enterprise-snapshot';
import { EnterpriseVersionEntity } from './enterprise-version.entity';

/** An enterprise's lists, loaded with it wherever a whole record is answered. */
export const WITH_COLLECTIONS = {
  legalRepresentatives: true,
  businessLines: true,
  owners: true,
  branches: true,
} as const;
export type EnterpriseCollections = Partial<Record<keyof typeof WITH_COLLECTIONS, boolean>>;

/** The collections among `fields` (the names a query asked for). */
export function collectionsAsked(fields: ReadonlySet<string>): EnterpriseCollections {
  const names = Object.keys(WITH_COLLECTIONS) as (keyof typeof WITH_COLLECTIONS)[];
  return Object.fromEntries(names.map((name) => [name, fields.has(name)]));
}

export interface EnterpriseRole {
  role: 'legal_representative' | 'owner';
  title: string | null;
  capitalContribution: string | null;
  enterpriseCode: string;
}

/** Reading the business registry: now, as of a past time, the amendments, a person's roles. */
@Injectable()
export class EnterprisesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private get enterprises() {
    return this.dataSource.getRepository(EnterpriseEntity);
  }

  /**
   * The enterprise with its collections (representatives, business lines, owners, branches),
   * or only the ones named: a query that asks for its representatives joins no other.
   */
  async get(enterpriseCode: string, collections: EnterpriseCollections = WITH_COLLECTIONS): Promise<EnterpriseEntity> {
    const enterprise = await this.find(enterpriseCode, collections);
    if (!enterprise) throw new EnterpriseNotFoundError(enterpriseCode);
    return enterprise;
  }

  find(
    enterpriseCode: string,
    collections: EnterpriseCollections = WITH_COLLECTIONS,
  ): Promise<EnterpriseEntity | null> {
    return this.enterprises.findOne({ where: { enterpriseCode }, relations: collections });
  }

  async getAsOf(enterpriseCode: string, asOf: Date): Promise<EnterpriseEntity> {
    const enterprise = await this.enterprises.findOne({ where: { enterpriseCode }, select: { id: true } });
    const version =
      enterprise &&
      (await this.dataSource.getRepository(EnterpriseVersionEntity).findOne({
        where: { enterpriseId: enterprise.id, recordedAt: LessThanOrEqual(asOf) },
        order: { version: 'DESC' },
      }));
    if (!version) throw new EnterpriseNotFoundError(enterpriseCode);
    return enterpriseFromSnapshot(this.dataSource, version.snapshot);
  }

  /** Every amendment, newest first, each with the enterprise as it stood. */
  async history(enterpriseCode: string): Promise<{ version: EnterpriseVersionEntity; record: EnterpriseEntity }[]> {
    const enterprise = await this.enterprises.findOne({ where: { enterpriseCode }, select: { id: true } });
    if (!enterprise) throw new EnterpriseNotFoundError(enterpriseCode);
    const versions = await this.dataSource
      .getRepository(EnterpriseVersionEntity)
      .find({ where: { enterpriseId: enterprise.id }, order: { version: 'DESC' } });
    return versions.map((version) => ({ version, record: enterpriseFromSnapshot(this.dataSource, version.snapshot) }));
  }

  /** Where a person is a legal representative or an owner, in one query. */
  async rolesOf(personalIdNumber: string): Promise<EnterpriseRole[]> {
    return this.dataSource.query<EnterpriseRole[]>(
      `SELECT 'legal_representative' AS role, r.title, NULL AS "capitalContribution", e.enterprise_code AS "enterpriseCode"
         FROM business.legal_representatives r JOIN business.enterprises e ON e.id = r.enterprise_id
        WHERE r.personal_id_number = $1
       UNION ALL
       SELECT 'owner', NULL, o.capital_contribution::text, e.enterprise_code
         FROM business.owners o JOIN business.enterprises e ON e.id = o.enterprise_id
        WHERE o.personal_id_number = $1
       ORDER BY 4, 1`,
      [personalIdNumber],
    );
  }
}
