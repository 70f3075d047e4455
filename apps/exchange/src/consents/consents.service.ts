import { requireAccess, ConsentEntity } from '@app/access';
import { pageByTimeAndId } from '@app/pagination';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { describePrincipal, type AgencyPrincipal, type CitizenPrincipal, type Principal } from '@app/auth';
import { ConsentRequestEntity } from './consent-request.entity';
import { ConsentReceiptEntity, type ConsentEvent } from './consent-receipt.entity';
import {
  ConsentAlreadyRevokedError,
  ConsentNotFoundError,
  ConsentRequestClosedError,
  ConsentRequestNotFoundError,
  ConsentStateError,
  ConsentWiderThanRequestedError,
} from './consent.errors';
import { ConsentStatusValue, type Consent, type ConsentChange, type ConsentReceipt } from './consent.model';
import { checkOwnRequest, partiesOf } from './consent-requests.service';
import { ConsentReceiptsService } from './consent-receipts.service';
import {
  CONSENT_STATUS_SQL,
  consentStatusAt,
  loadLabels,
  requestStatusAt,
  toConsent,
  toConsentReceipt,
  type ConsentPosition,
} from './consent-views';

export interface ConsentPage {
  consents: Consent[];
  end: ConsentPosition | null;
  hasNextPage: boolean;
}

/**
 * A citizen's decisions on consent: grant (all or part of a request), pause, resume, revoke.
 * Each is one transaction with its signed receipt: no consent changes without its receipt.
 * Rows are locked and only the status columns written, so the policy's use counting, which
 * updates the same rows, is never overwritten.
 */
@Injectable()
export class ConsentsService {
  private readonly logger = new Logger(ConsentsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly receipts: ConsentReceiptsService,
  ) {}

  /** Grants `categories` of a pending request (default: all it asked for), never more. */
  async grant(citizen: CitizenPrincipal, requestId: string, categories: string[] | null): Promise<ConsentChange> {
    const now = new Date();
    const change = await this.dataSource.transaction(async (manager) => {
      const request = await manager.findOne(ConsentRequestEntity, {
        where: { id: requestId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!request) throw new ConsentRequestNotFoundError(requestId);
      checkOwnRequest(citizen, request);
      const status = requestStatusAt(request, now);
      if (status !== 'pending') throw new ConsentRequestClosedError(requestId, status);
      // A window that ended before the answer leaves nothing to grant.
      if (request.validTo.getTime() <= now.getTime()) throw new ConsentRequestClosedError(requestId, 'expired');
      const granted = categories ? [...new Set(categories)].sort() : request.categories;
      const wider = granted.filter((category) => !request.categories.includes(category));
      if (wider.length > 0) throw new ConsentWiderThanRequestedError(wider);
      const consent = await manager.save(
        manager.create(ConsentEntity, {
          requestId: request.id,
          agencyCode: request.agencyCode,
          personalIdNumber: request.personalIdNumber,
          purpose: request.purpose,
          categories: granted,
          validFrom: request.validFrom,
          validTo: request.validTo,
          fetchType: request.fetchType,
          maxReadsPerDay: request.maxReadsPerDay,
          dataLifeDays: request.dataLifeDays,
          status: 'active',
          grantedAt: now,
          updatedAt: now,
          revokedAt: null,
          useCount: 0,
          lastUsedAt: null,
          usesToday: 0,
          usesDay: null,
        }),
      );
      await manager.update(ConsentRequestEntity, { id: request.id }, { status: 'granted', decidedAt: now });
      return this.withReceipt(manager, consent, 'granted', now);
    });
    this.logger.log(`${describePrincipal(citizen)} granted consent ${change.consent.id}`);
    return change;
  }

  pause(citizen: CitizenPrincipal, id: string): Promise<ConsentChange> {
    return this.change(citizen, id, 'paused');
  }

  resume(citizen: CitizenPrincipal, id: string): Promise<ConsentChange> {
    return this.change(citizen, id, 'resumed');
  }

  /** Takes effect for the very next read: the policy reads the row, there is no cache. */
  revoke(citizen: CitizenPrincipal, id: string): Promise<ConsentChange> {
    return this.change(citizen, id, 'revoked');
  }

  /** A citizen's consents, newest first. */
  async forCitizen(citizen: CitizenPrincipal, status: ConsentStatusValue | null): Promise<Consent[]> {
    const now = new Date();
    const query = this.dataSource.manager
      .createQueryBuilder(ConsentEntity, 'c')
      .where('c.personal_id_number = :pid', { pid: citizen.personalIdNumber })
      .setParameter('now', now);
    if (status) query.andWhere(`${CONSENT_STATUS_SQL} = :status`, { status });
    const rows = await query.orderBy('c.granted_at', 'DESC').addOrderBy('c.id', 'DESC').limit(500).getMany();
    const labels = await loadLabels(this.dataSource.manager, rows);
    return rows.map((row) => toConsent(row, labels, now));
  }

  /** An agency's own consents, oldest first, `first` after `after`. */
  async forAgency(
    agency: AgencyPrincipal,
    filter: { status: ConsentStatusValue | null; first: number; after: ConsentPosition | null },
  ): Promise<ConsentPage> {
    const now = new Date();
    const query = this.dataSource.manager
      .createQueryBuilder(ConsentEntity, 'c')
      .where('c.agency_code = :agency', { agency: agency.agencyCode })
      .setParameter('now', now);
    if (filter.status) query.andWhere(`${CONSENT_STATUS_SQL} = :status`, { status: filter.status });
    const page = await pageByTimeAndId(query, 'granted_at', (row) => row.grantedAt, filter);
    const labels = await loadLabels(this.dataSource.manager, page.rows);
    return {
      consents: page.rows.map((row) => toConsent(row, labels, now)),
      end: page.end,
      hasNextPage: page.hasNextPage,
    };
  }

  /** The receipts of a consent, oldest first: for its citizen, or its agency. */
  async receiptsOf(caller: Principal, consentId: string): Promise<ConsentReceipt[]> {
    const consent = await this.dataSource.manager.findOneBy(ConsentEntity, { id: consentId });
    if (!consent) throw new ConsentNotFoundError(consentId);
    requireAccess(caller, { about: 'consent', ...partiesOf(consent), parties: 'both' });
    const receipts = await this.dataSource.manager.find(ConsentReceiptEntity, {
      where: { consentId },
      order: { issuedAt: 'ASC', id: 'ASC' },
    });
    return receipts.map(toConsentReceipt);
  }

  private async change(citizen: CitizenPrincipal, id: string, event: Exclude<ConsentEvent, 'granted'>) {
    const now = new Date();
    const change = await this.dataSource.transaction(async (manager) => {
      const consent = await manager.findOne(ConsentEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!consent) throw new ConsentNotFoundError(id);
      requireAccess(citizen, { about: 'consent', ...partiesOf(consent), parties: 'citizen' });
      const status = consentStatusAt(consent, now);
      let next: ConsentEntity['status'];
      if (event === 'revoked') {
        if (consent.status === 'revoked') throw new ConsentAlreadyRevokedError(id);
        next = 'revoked';
      } else if (event === 'paused') {
        if (status !== ConsentStatusValue.ACTIVE) throw new ConsentStateError(id, 'paused', status);
        next = 'paused';
      } else {
        if (status !== ConsentStatusValue.PAUSED) throw new ConsentStateError(id, 'resumed', status);
        next = 'active';
      }
      const changes = { status: next, updatedAt: now, ...(next === 'revoked' ? { revokedAt: now } : {}) };
      await manager.update(ConsentEntity, { id }, changes);
      return this.withReceipt(manager, Object.assign(consent, changes), event, now);
    });
    this.logger.log(`${describePrincipal(citizen)} ${event} consent ${id}`);
    return change;
  }

  private async withReceipt(
    manager: EntityManager,
    consent: ConsentEntity,
    event: ConsentEvent,
    now: Date,
  ): Promise<ConsentChange> {
    const labels = await loadLabels(manager, [consent]);
    const receipt = await this.receipts.issue(manager, consent, event, labels, now);
    return { consent: toConsent(consent, labels, now), receipt: toConsentReceipt(receipt) };
  }
}
