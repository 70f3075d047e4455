import { pageByTimeAndId } from '@app/pagination';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { describePrincipal, type AgencyPrincipal, type CitizenPrincipal, type Principal } from '@app/auth';
import { requireAccess, AgencyEntity, PurposeEntity, ConsentEntity } from '@app/access';
import { InvalidInputError } from '@app/errors';
import { AgencyNotFoundError } from '../agencies/agency.errors';
import { UnknownPurposeError } from '../agreements/agreement.errors';
import { ConsentRequestEntity, type ConsentRequestStatus } from './consent-request.entity';
import {
  ConsentRequestClosedError,
  ConsentRequestNotFoundError,
  ConsentWindowInvalidError,
  TooManyOpenRequestsError,
} from './consent.errors';
import { FetchTypeValue, type ConsentRequest } from './consent.model';
import {
  loadLabels,
  REQUEST_STATUS_SQL,
  requestStatusAt,
  toConsentRequest,
  type ConsentPosition,
} from './consent-views';
import type { RequestConsentInput } from './dto/consent.inputs';

/** Open (pending, unexpired) requests an agency may have awaiting one citizen: no flooding. */
export const MAX_OPEN_REQUESTS = 3;
/** How long a citizen has to answer. */
export const ANSWER_WITHIN_MS = 7 * 24 * 3600 * 1000;
/** Clock skew tolerated on a window that starts "now". */
const SKEW_MS = 5 * 60 * 1000;

export interface ConsentRequestPage {
  requests: ConsentRequest[];
  end: ConsentPosition | null;
  hasNextPage: boolean;
}

/** Agencies ask; citizens see what was asked and may refuse. Granting is ConsentsService's. */
@Injectable()
export class ConsentRequestsService {
  private readonly logger = new Logger(ConsentRequestsService.name);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A request from `agency` for its token's purpose, pending for seven days. */
  async request(agency: AgencyPrincipal, input: RequestConsentInput): Promise<ConsentRequest> {
    const now = new Date();
    const validFrom = input.validFrom ?? now;
    checkWindow(validFrom, input.validTo, now);
    const fetchType = input.fetchType === FetchTypeValue.PERIODIC ? 'periodic' : 'one_time';
    const maxReadsPerDay = input.maxReadsPerDay ?? null;
    if (fetchType === 'periodic' && maxReadsPerDay === null) {
      throw new InvalidInputError('maxReadsPerDay', 'a PERIODIC consent needs a daily cap', 'INVALID_FETCH_LIMIT');
    }
    if (fetchType === 'one_time' && maxReadsPerDay !== null) {
      throw new InvalidInputError('maxReadsPerDay', 'applies to PERIODIC consents only', 'INVALID_FETCH_LIMIT');
    }
    const saved = await this.dataSource.transaction(async (manager) => {
      if (!(await manager.existsBy(PurposeEntity, { code: agency.purpose }))) {
        throw new UnknownPurposeError('purpose', agency.purpose);
      }
      if (!(await manager.existsBy(AgencyEntity, { code: agency.agencyCode }))) {
        throw new AgencyNotFoundError(agency.agencyCode);
      }
      // Two requests at once from one agency to one citizen count one after the other.
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
        `consent-requests:${agency.agencyCode}:${input.personalIdNumber}`,
      ]);
      const open = await manager
        .createQueryBuilder(ConsentRequestEntity, 'r')
        .where('r.agency_code = :agency AND r.personal_id_number = :pid', {
          agency: agency.agencyCode,
          pid: input.personalIdNumber,
        })
        .andWhere(`r.status = 'pending' AND r.answer_by > :now`, { now })
        .getCount();
      if (open >= MAX_OPEN_REQUESTS) throw new TooManyOpenRequestsError(agency.agencyCode, MAX_OPEN_REQUESTS);
      return manager.save(
        manager.create(ConsentRequestEntity, {
          agencyCode: agency.agencyCode,
          clientId: agency.clientId,
          personalIdNumber: input.personalIdNumber,
          purpose: agency.purpose,
          categories: [...new Set(input.categories)].sort(),
          validFrom,
          validTo: input.validTo,
          fetchType,
          maxReadsPerDay,
          dataLifeDays: input.dataLifeDays,
          status: 'pending',
          requestedAt: now,
          answerBy: new Date(now.getTime() + ANSWER_WITHIN_MS),
          decidedAt: null,
        }),
      );
    });
    this.logger.log(`${describePrincipal(agency)} asked for consent ${saved.id} (${saved.categories.join(', ')})`);
    return toConsentRequest(saved, await loadLabels(this.dataSource.manager, [saved]), null, now);
  }

  /** The citizen says no; nothing is granted. */
  async refuse(citizen: CitizenPrincipal, requestId: string): Promise<ConsentRequest> {
    const now = new Date();
    const refused = await this.dataSource.transaction(async (manager) => {
      const request = await manager.findOne(ConsentRequestEntity, {
        where: { id: requestId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!request) throw new ConsentRequestNotFoundError(requestId);
      checkOwnRequest(citizen, request);
      const status = requestStatusAt(request, now);
      if (status !== 'pending') throw new ConsentRequestClosedError(requestId, status);
      await manager.update(ConsentRequestEntity, { id: requestId }, { status: 'refused', decidedAt: now });
      return Object.assign(request, { status: 'refused' as const, decidedAt: now });
    });
    return toConsentRequest(refused, await loadLabels(this.dataSource.manager, [refused]), null, now);
  }

  /** One request: to its citizen, or to its agency. */
  async get(caller: Principal, requestId: string): Promise<ConsentRequest> {
    const request = await this.dataSource.manager.findOneBy(ConsentRequestEntity, { id: requestId });
    if (!request) throw new ConsentRequestNotFoundError(requestId);
    requireAccess(caller, { about: 'consentRequest', ...partiesOf(request), parties: 'both' });
    return (await this.views([request], new Date()))[0];
  }

  /** A citizen's requests, newest first. */
  async forCitizen(citizen: CitizenPrincipal, status: ConsentRequestStatus | null): Promise<ConsentRequest[]> {
    const now = new Date();
    const query = this.dataSource.manager
      .createQueryBuilder(ConsentRequestEntity, 'r')
      .where('r.personal_id_number = :pid', { pid: citizen.personalIdNumber })
      .setParameter('now', now);
    if (status) query.andWhere(`${REQUEST_STATUS_SQL} = :status`, { status });
    const rows = await query.orderBy('r.requested_at', 'DESC').addOrderBy('r.id', 'DESC').limit(500).getMany();
    return this.views(rows, now);
  }

  /** An agency's own requests, oldest first, `first` after `after`. */
  async forAgency(
    agency: AgencyPrincipal,
    filter: { status: ConsentRequestStatus | null; first: number; after: ConsentPosition | null },
  ): Promise<ConsentRequestPage> {
    const now = new Date();
    const query = this.dataSource.manager
      .createQueryBuilder(ConsentRequestEntity, 'r')
      .where('r.agency_code = :agency', { agency: agency.agencyCode })
      .setParameter('now', now);
    if (filter.status) query.andWhere(`${REQUEST_STATUS_SQL} = :status`, { status: filter.status });
    const page = await pageByTimeAndId(query, 'requested_at', (row) => row.requestedAt, filter);
    return { requests: await this.views(page.rows, now), end: page.end, hasNextPage: page.hasNextPage };
  }

  private async views(rows: ConsentRequestEntity[], now: Date): Promise<ConsentRequest[]> {
    if (rows.length === 0) return [];
    const manager = this.dataSource.manager;
    const consents = await manager.find(ConsentEntity, {
      select: { id: true, requestId: true },
      where: { requestId: In(rows.map((row) => row.id)) },
    });
    const consentOf = new Map(consents.map((consent) => [consent.requestId, consent.id]));
    const labels = await loadLabels(manager, rows);
    return rows.map((row) => toConsentRequest(row, labels, consentOf.get(row.id) ?? null, now));
  }
}

/** A citizen answers their own requests only. */
export function checkOwnRequest(citizen: CitizenPrincipal, request: ConsentRequestEntity): void {
  requireAccess(citizen, { about: 'consentRequest', ...partiesOf(request), parties: 'citizen' });
}

/** The two parties of a consent or a request, as the core's decision asks for them. */
export function partiesOf(row: { personalIdNumber: string; agencyCode: string }) {
  return { personalIdNumber: row.personalIdNumber, agencyCode: row.agencyCode };
}

/** Not in the past, ending after it starts, and no further than a year from now. */
function checkWindow(validFrom: Date, validTo: Date, now: Date): void {
  if (validFrom.getTime() < now.getTime() - SKEW_MS) {
    throw new ConsentWindowInvalidError('validFrom', 'the window must not start in the past');
  }
  if (validTo.getTime() <= validFrom.getTime()) {
    throw new ConsentWindowInvalidError('validTo', 'the window must end after it starts');
  }
  const yearAhead = new Date(now);
  yearAhead.setUTCFullYear(yearAhead.getUTCFullYear() + 1);
  if (validTo.getTime() > yearAhead.getTime()) {
    throw new ConsentWindowInvalidError('validTo', 'a consent lasts at most one year from now');
  }
}
