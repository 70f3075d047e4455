import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { describePrincipal, isSameOperator, type OperatorPrincipal } from '@app/auth';
import { StaleVersionError } from '@app/errors';
import { AgencyEntity, PurposeEntity, AgreementEntity } from '@app/access';
import { AgencyNotFoundError } from '../agencies/agency.errors';
import {
  AgreementChangePendingError,
  AgreementNotFoundError,
  AgreementNotInForceError,
  AgreementNotProposedError,
  InvalidValidityWindowError,
  NoChangeError,
  SelfApprovalError,
  UnknownPurposeError,
} from './agreement.errors';
import { compareTerms, type AgreementTerms, type TermsComparison } from './agreement-terms';
import type { AgreementChangesInput, AmendAgreementInput, ProposeAgreementInput } from './dto/agreement.inputs';

const agreementRecord = (agreementNumber: string) => ({
  name: `Agreement ${agreementNumber}`,
  key: { agreementNumber },
});

// Any fixed number: proposals take this transaction lock while they pick the next number.
const AGREEMENT_NUMBER_LOCK = 7_302_026;
// Vietnam keeps UTC+7 all year: agreement numbers carry the year there.
const VIETNAM_OFFSET_MS = 7 * 3600 * 1000;

export interface Amendment extends TermsComparison {
  agreement: AgreementEntity;
}

/**
 * Changes to data-sharing agreements, under the four-eyes rule: a proposal, and any amendment
 * that widens access, takes effect only when a second administrator approves it; an amendment
 * that only narrows, and a withdrawal, take effect at once. Either way the version in force
 * is superseded in the same transaction, so an agreement is never in force twice, or not at all
 * by accident.
 */
@Injectable()
export class AgreementChangesService {
  private readonly logger = new Logger(AgreementChangesService.name);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A new agreement, version 1, proposed; a second administrator approves it. */
  async propose(admin: OperatorPrincipal, input: ProposeAgreementInput): Promise<AgreementEntity> {
    const terms = normalise({
      categories: input.categories,
      purposes: input.purposes,
      legalInstrument: input.legalBasis.instrument,
      legalArticle: input.legalBasis.article,
      legalClause: input.legalBasis.clause ?? null,
      legalTextVi: input.legalBasis.textVi,
      validFrom: input.validFrom ?? new Date(),
      validTo: input.validTo ?? null,
      requestsPerMinute: input.requestsPerMinute ?? null,
      recordsPerDay: input.recordsPerDay ?? null,
      sealedDisclosureDays: input.sealedDisclosureDays ?? null,
    });
    const agreement = await this.dataSource.transaction(async (manager) => {
      if (!(await manager.existsBy(AgencyEntity, { code: input.agencyCode }))) {
        throw new AgencyNotFoundError(input.agencyCode);
      }
      await checkTerms(manager, terms);
      return manager.save(
        manager.create(AgreementEntity, {
          ...terms,
          agreementNumber: await nextAgreementNumber(manager),
          version: 1,
          agencyCode: input.agencyCode,
          status: 'proposed',
          proposedBy: admin.operatorId,
          changeNote: input.note,
        }),
      );
    });
    this.logger.log(`${describePrincipal(admin)} proposed ${agreement.agreementNumber} for ${agreement.agencyCode}`);
    return agreement;
  }

  /** Puts a proposed version in force, superseding the one it replaces. */
  async approve(admin: OperatorPrincipal, id: string): Promise<AgreementEntity> {
    const approved = await this.dataSource.transaction(async (manager) => {
      const proposal = await this.proposal(manager, admin, id);
      const { inForce } = await this.versions(manager, proposal.agreementNumber);
      // Narrowings and withdrawals close open proposals, so this holds; checked all the same.
      if (proposal.supersedesId !== (inForce?.id ?? null)) {
        throw new StaleVersionError(
          agreementRecord(proposal.agreementNumber),
          proposal.version,
          inForce?.version ?? null,
        );
      }
      const now = new Date();
      if (inForce) await setStatus(manager, inForce, 'superseded');
      return setStatus(manager, proposal, 'approved', { decidedBy: admin.operatorId, decidedAt: now });
    });
    this.logger.log(`${describePrincipal(admin)} approved ${approved.agreementNumber} v${approved.version}`);
    return approved;
  }

  async reject(admin: OperatorPrincipal, id: string): Promise<AgreementEntity> {
    const rejected = await this.dataSource.transaction(async (manager) => {
      const proposal = await this.proposal(manager, admin, id);
      return setStatus(manager, proposal, 'rejected', { decidedBy: admin.operatorId, decidedAt: new Date() });
    });
    this.logger.log(`${describePrincipal(admin)} rejected ${rejected.agreementNumber} v${rejected.version}`);
    return rejected;
  }

  /**
   * A new version from the one in force and `changes`. If it only narrows it is in force at
   * once (and closes any open proposal, which was built on the old terms); otherwise it is
   * proposed, and the old version stays in force until a second administrator approves.
   */
  async amend(admin: OperatorPrincipal, input: AmendAgreementInput): Promise<Amendment> {
    const amendment = await this.dataSource.transaction(async (manager) => {
      const { inForce, pending, nextVersion } = await this.versions(manager, input.agreementNumber);
      if (!inForce) throw new AgreementNotInForceError(input.agreementNumber);
      if (inForce.version !== input.expectedVersion) {
        throw new StaleVersionError(agreementRecord(input.agreementNumber), input.expectedVersion, inForce.version);
      }
      const terms = normalise(applyChanges(termsOf(inForce), input.changes));
      const comparison = compareTerms(termsOf(inForce), terms);
      if (comparison.changed.length === 0) throw new NoChangeError();
      await checkTerms(manager, terms);
      const narrows = comparison.needsApproval.length === 0;
      if (!narrows && pending) throw new AgreementChangePendingError(input.agreementNumber, pending.version);
      const now = new Date();
      if (narrows) {
        if (pending) await setStatus(manager, pending, 'superseded', { decidedBy: admin.operatorId, decidedAt: now });
        await setStatus(manager, inForce, 'superseded');
      }
      const agreement = await manager.save(
        manager.create(AgreementEntity, {
          ...terms,
          agreementNumber: inForce.agreementNumber,
          version: nextVersion,
          agencyCode: inForce.agencyCode,
          status: narrows ? 'approved' : 'proposed',
          proposedBy: admin.operatorId,
          decidedBy: narrows ? admin.operatorId : null,
          decidedAt: narrows ? now : null,
          supersedesId: inForce.id,
          changeNote: input.note,
        }),
      );
      return { agreement, ...comparison };
    });
    const { agreement } = amendment;
    this.logger.log(
      `${describePrincipal(admin)} amended ${agreement.agreementNumber} to v${agreement.version} (${agreement.status}: ${amendment.changed.join(', ')})`,
    );
    return amendment;
  }

  /**
   * Ends an agreement at once: a last version, WITHDRAWN, records who and why, and supersedes
   * the version in force; an open proposal is withdrawn with it.
   */
  async withdraw(admin: OperatorPrincipal, agreementNumber: string, note: string): Promise<AgreementEntity> {
    const withdrawn = await this.dataSource.transaction(async (manager) => {
      const { inForce, pending, nextVersion } = await this.versions(manager, agreementNumber);
      if (!inForce && !pending) throw new AgreementNotInForceError(agreementNumber);
      const decision = { decidedBy: admin.operatorId, decidedAt: new Date() };
      const closedProposal = pending ? await setStatus(manager, pending, 'withdrawn', decision) : null;
      if (!inForce) return closedProposal!;
      await setStatus(manager, inForce, 'superseded');
      return manager.save(
        manager.create(AgreementEntity, {
          ...termsOf(inForce),
          agreementNumber,
          version: nextVersion,
          agencyCode: inForce.agencyCode,
          status: 'withdrawn',
          proposedBy: admin.operatorId,
          ...decision,
          supersedesId: inForce.id,
          changeNote: note,
        }),
      );
    });
    this.logger.log(`${describePrincipal(admin)} withdrew ${agreementNumber}`);
    return withdrawn;
  }

  /** A proposed version, locked, that `admin` may decide on. */
  private async proposal(manager: EntityManager, admin: OperatorPrincipal, id: string): Promise<AgreementEntity> {
    const found = await manager.findOne(AgreementEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!found) throw new AgreementNotFoundError({ id });
    if (found.status !== 'proposed') throw new AgreementNotProposedError(id, found.status);
    if (isSameOperator(found.proposedBy, admin.operatorId)) throw new SelfApprovalError();
    return found;
  }

  /**
   * The versions of an agreement, locked: two administrators changing one agreement at once
   * change it one after the other, the second seeing the first's version. Read twice because a
   * locking read that waited still answers from the snapshot it started with (PostgreSQL, READ
   * COMMITTED): it sees the rows it locked as the first left them, but not the version the first
   * added, so it would find nothing in force. Once the lock is held, a new statement sees it all.
   */
  private async versions(manager: EntityManager, agreementNumber: string) {
    await manager.find(AgreementEntity, {
      select: { id: true },
      where: { agreementNumber },
      lock: { mode: 'pessimistic_write' },
    });
    const versions = await manager.find(AgreementEntity, { where: { agreementNumber }, order: { version: 'ASC' } });
    if (versions.length === 0) throw new AgreementNotFoundError({ agreementNumber });
    return {
      inForce: versions.find((version) => version.status === 'approved') ?? null,
      pending: versions.find((version) => version.status === 'proposed') ?? null,
      nextVersion: versions[versions.length - 1].version + 1,
    };
  }
}

function termsOf(agreement: AgreementEntity): AgreementTerms {
  return {
    categories: agreement.categories,
    purposes: agreement.purposes,
    legalInstrument: agreement.legalInstrument,
    legalArticle: agreement.legalArticle,
    legalClause: agreement.legalClause,
    legalTextVi: agreement.legalTextVi,
    validFrom: agreement.validFrom,
    validTo: agreement.validTo,
    requestsPerMinute: agreement.requestsPerMinute,
    recordsPerDay: agreement.recordsPerDay,
    sealedDisclosureDays: agreement.sealedDisclosureDays,
  };
}

/** The terms after `changes`: an omitted field keeps its value; null clears validTo and the limits. */
function applyChanges(terms: AgreementTerms, changes: AgreementChangesInput): AgreementTerms {
  const next = { ...terms };
  if (changes.categories !== undefined) next.categories = changes.categories;
  if (changes.purposes !== undefined) next.purposes = changes.purposes;
  if (changes.legalBasis !== undefined) {
    next.legalInstrument = changes.legalBasis.instrument;
    next.legalArticle = changes.legalBasis.article;
    next.legalClause = changes.legalBasis.clause ?? null;
    next.legalTextVi = changes.legalBasis.textVi;
  }
  if (changes.validFrom !== undefined) next.validFrom = changes.validFrom;
  if (changes.validTo !== undefined) next.validTo = changes.validTo;
  if (changes.requestsPerMinute !== undefined) next.requestsPerMinute = changes.requestsPerMinute;
  if (changes.recordsPerDay !== undefined) next.recordsPerDay = changes.recordsPerDay;
  if (changes.sealedDisclosureDays !== undefined) next.sealedDisclosureDays = changes.sealedDisclosureDays;
  return next;
}

/** Categories and purposes as sorted sets: one spelling of the same terms. */
function normalise(terms: AgreementTerms): AgreementTerms {
  return {
    ...terms,
    categories: [...new Set(terms.categories)].sort(),
    purposes: [...new Set(terms.purposes)].sort(),
  };
}

/** What the input validation cannot know: purposes in the catalogue, a window that ends after it starts. */
async function checkTerms(manager: EntityManager, terms: AgreementTerms): Promise<void> {
  const known = await manager.findBy(PurposeEntity, { code: In(terms.purposes) });
  const unknown = terms.purposes.find((code) => !known.some((purpose) => purpose.code === code));
  if (unknown !== undefined) throw new UnknownPurposeError('purposes', unknown);
  if (terms.validTo !== null && terms.validTo.getTime() <= terms.validFrom.getTime()) {
    throw new InvalidValidityWindowError('validTo');
  }
}

/** DSA-<year>-<serial>: the year's next serial, under a lock so that two proposals never share one. */
async function nextAgreementNumber(manager: EntityManager): Promise<string> {
  await manager.query('SELECT pg_advisory_xact_lock($1)', [AGREEMENT_NUMBER_LOCK]);
  const year = new Date(Date.now() + VIETNAM_OFFSET_MS).getUTCFullYear();
  const [{ serial }] = await manager.query<{ serial: number }[]>(
    `SELECT coalesce(max(split_part(agreement_number, '-', 3)::int), 0) + 1 AS serial
     FROM access.agreements WHERE agreement_number ~ $1`,
    [`^DSA-${year}-[0-9]+$`],
  );
  return `DSA-${year}-${String(serial).padStart(4, '0')}`;
}

async function setStatus(
  manager: EntityManager,
  agreement: AgreementEntity,
  status: AgreementEntity['status'],
  decision: Pick<AgreementEntity, 'decidedBy' | 'decidedAt'> | null = null,
): Promise<AgreementEntity> {
  Object.assign(agreement, { status }, decision);
  await manager.update(AgreementEntity, { id: agreement.id }, { status, ...decision });
  return agreement;
}
