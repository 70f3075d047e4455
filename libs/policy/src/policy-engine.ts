import { Inject, Injectable, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { RequestAuthenticator, type AgencyPrincipal, type RequestWithHeaders } from '@app/auth';
import { loadAgencyGrants, type AgencyGrants } from './agency-grants';
import { CONSENT_LOOKUP, type ConsentLookup } from './consent-lookup';
import { RequestAccess } from './request-access';

/**
 * libs/policy's entry point in a subgraph: one RequestAccess per request, reading the caller
 * from the verified token, agreements from the exchange's tables, consents from the
 * ConsentLookup (none until citizens can consent).
 */
@Injectable()
export class PolicyEngine {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly authenticator: RequestAuthenticator,
    @Optional() @Inject(CONSENT_LOOKUP) private readonly consents: ConsentLookup | null = null,
  ) {}

  forRequest(request: RequestWithHeaders): RequestAccess {
    return new RequestAccess({
      principal: () => this.authenticator.identify(request),
      agencyGrants: (principal, purpose) => this.agencyGrants(principal, purpose),
      consents: this.consents,
    });
  }

  /** What the agency's agreements allow for `purpose` now (also for explainAccess). */
  agencyGrants(principal: AgencyPrincipal, purpose: string): Promise<AgencyGrants> {
    return loadAgencyGrants(this.dataSource, principal.agencyCode, principal.clientId, purpose);
  }
}
