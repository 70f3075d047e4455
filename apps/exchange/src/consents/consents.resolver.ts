import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type AgencyPrincipal, type CitizenPrincipal, type Principal } from '@app/auth';
import { CursorCodec } from '@app/pagination';
import {
  Consent,
  ConsentChange,
  ConsentConnection,
  ConsentReceipt,
  ConsentRequest,
  ConsentRequestConnection,
} from './consent.model';
import { ConsentRequestsService } from './consent-requests.service';
import { ConsentsService } from './consents.service';
import {
  AgencyConsentRequestsArgs,
  AgencyConsentsArgs,
  ConsentIdArgs,
  ConsentReceiptsArgs,
  ConsentRequestIdArgs,
  GrantConsentInput,
  MyConsentRequestsArgs,
  MyConsentsArgs,
  RequestConsentInput,
} from './dto/consent.inputs';

/** Consent: agencies ask and see their own; citizens decide; both fetch the signed receipts. */
@Resolver()
export class ConsentsResolver {
  constructor(
    private readonly requests: ConsentRequestsService,
    private readonly consents: ConsentsService,
    private readonly cursors: CursorCodec,
  ) {}

  @Mutation(() => ConsentRequest, {
    description: "Asks a citizen to consent, for the token's purpose; the citizen has seven days to answer.",
  })
  async requestConsent(
    @CurrentPrincipal() agency: AgencyPrincipal,
    @Args('input') input: RequestConsentInput,
  ): Promise<ConsentRequest> {
    return this.requests.request(agency, input);
  }

  @Query(() => ConsentRequest, { description: 'One consent request: to its citizen, or to the agency that asked.' })
  async consentRequest(
    @CurrentPrincipal() caller: Principal,
    @Args() args: ConsentRequestIdArgs,
  ): Promise<ConsentRequest> {
    return this.requests.get(caller, args.requestId);
  }

  @Query(() => ConsentRequestConnection, { description: "The calling agency's own consent requests, oldest first." })
  async agencyConsentRequests(
    @CurrentPrincipal() agency: AgencyPrincipal,
    @Args() args: AgencyConsentRequestsArgs,
  ): Promise<ConsentRequestConnection> {
    const page = await this.requests.forAgency(agency, {
      status: args.status ?? null,
      first: args.first,
      after: args.after ? this.cursors.decode('consent', args.after) : null,
    });
    return {
      nodes: page.requests,
      pageInfo: {
        endCursor: page.end ? this.cursors.encode('consent', page.end) : null,
        hasNextPage: page.hasNextPage,
      },
    };
  }

  @Query(() => ConsentConnection, {
    description: "The calling agency's own consents, oldest first, with their status (REVOKED, EXPIRED, SPENT …).",
  })
  async agencyConsents(
    @CurrentPrincipal() agency: AgencyPrincipal,
    @Args() args: AgencyConsentsArgs,
  ): Promise<ConsentConnection> {
    const page = await this.consents.forAgency(agency, {
      status: args.status ?? null,
      first: args.first,
      after: args.after ? this.cursors.decode('consent', args.after) : null,
    });
    return {
      nodes: page.consents,
      pageInfo: {
        endCursor: page.end ? this.cursors.encode('consent', page.end) : null,
        hasNextPage: page.hasNextPage,
      },
    };
  }

  @Query(() => [ConsentRequest], { description: "The calling citizen's consent requests, newest first." })
  async myConsentRequests(
    @CurrentPrincipal() citizen: CitizenPrincipal,
    @Args() args: MyConsentRequestsArgs,
  ): Promise<ConsentRequest[]> {
    return this.requests.forCitizen(citizen, args.status ?? null);
  }

  @Query(() => [Consent], { description: "The calling citizen's consents, newest first." })
  async myConsents(@CurrentPrincipal() citizen: CitizenPrincipal, @Args() args: MyConsentsArgs): Promise<Consent[]> {
    return this.consents.forCitizen(citizen, args.status ?? null);
  }

  @Query(() => [ConsentReceipt], { description: 'The signed receipts of a consent: for its citizen or its agency.' })
  async consentReceipts(
    @CurrentPrincipal() caller: Principal,
    @Args() args: ConsentReceiptsArgs,
  ): Promise<ConsentReceipt[]> {
    return this.consents.receiptsOf(caller, args.consentId);
  }

  @Mutation(() => ConsentChange, {
    description: 'Grants all (default) or part of what a pending request asks, never more; returns the signed receipt.',
  })
  async grantConsent(
    @CurrentPrincipal() citizen: CitizenPrincipal,
    @Args('input') input: GrantConsentInput,
  ): Promise<ConsentChange> {
    return this.consents.grant(citizen, input.requestId, input.categories ?? null);
  }

  @Mutation(() => ConsentRequest, { description: 'Refuses a pending request.' })
  async refuseConsentRequest(
    @CurrentPrincipal() citizen: CitizenPrincipal,
    @Args() args: ConsentRequestIdArgs,
  ): Promise<ConsentRequest> {
    return this.requests.refuse(citizen, args.requestId);
  }

  @Mutation(() => ConsentChange, { description: 'Pauses an active consent: no read through it until resumed.' })
  async pauseConsent(
    @CurrentPrincipal() citizen: CitizenPrincipal,
    @Args() args: ConsentIdArgs,
  ): Promise<ConsentChange> {
    return this.consents.pause(citizen, args.id);
  }

  @Mutation(() => ConsentChange, { description: 'Resumes a paused consent.' })
  async resumeConsent(
    @CurrentPrincipal() citizen: CitizenPrincipal,
    @Args() args: ConsentIdArgs,
  ): Promise<ConsentChange> {
    return this.consents.resume(citizen, args.id);
  }

  @Mutation(() => ConsentChange, { description: 'Revokes a consent for good, from the very next read.' })
  async revokeConsent(
    @CurrentPrincipal() citizen: CitizenPrincipal,
    @Args() args: ConsentIdArgs,
  ): Promise<ConsentChange> {
    return this.consents.revoke(citizen, args.id);
  }
}
