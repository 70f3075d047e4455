import { Inject, Injectable, Optional } from '@nestjs/common';
import { ACCESS_DATA_SOURCE } from '../access-data-source';
import type { DataSource } from 'typeorm';
import { RequestAuthenticator, type AgencyPrincipal, type Principal, type RequestWithHeaders } from '@app/auth';
import { loadAgencyGrants, type AgencyGrants } from './agency-grants';
import { CONSENT_LOOKUP, type ConsentLookup } from './consent-lookup';
import type { Subject } from './decision';
import type { AccessExplanation } from './explain/access-explanation.model';
import { explainAccess, principalForPurpose } from './explain/explain-access';
import { RequestAccess } from './request-access';

/**
 * libs/access's policy: its entry point in a subgraph: one RequestAccess per request, reading the caller
 * from the verified token, agreements from the exchange's tables, consents from the
 * ConsentLookup (citizens' consents, used only when the access log commits the records citing them).
 */
@Injectable()
export class PolicyEngine {
  constructor(
    @Inject(ACCESS_DATA_SOURCE) private readonly dataSource: DataSource,
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

  /**
   * explainAccess: what `principal` would get of `subject`'s record (GraphQL type
   * `typeName`) for `purpose`, field by field, with the rule that decides each; no data.
   */
  explain(
    principal: Principal,
    subject: Subject,
    typeName: string,
    purpose: string | undefined,
    fields: readonly string[] | undefined,
  ): Promise<AccessExplanation> {
    const asIf = principalForPurpose(principal, purpose);
    // Deciding uses no consent and counts no record: only the access log's commit does, and an
    // explanation releases nothing, so it commits nothing.
    const access = new RequestAccess({
      principal: () => Promise.resolve(asIf),
      agencyGrants: (agency, forPurpose) => this.agencyGrants(agency, forPurpose),
      consents: this.consents,
    });
    return explainAccess(access, asIf, subject, typeName, fields);
  }

  /** What the agency's agreements allow for `purpose` now (also for explainAccess). */
  agencyGrants(principal: AgencyPrincipal, purpose: string): Promise<AgencyGrants> {
    return loadAgencyGrants(this.dataSource, principal.agencyCode, principal.clientId, purpose);
  }
}
