import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Principal, StewardPrincipal } from './principal';

export const ACCESS_RULE = Symbol('accessRule');

/**
 * A REST endpoint's rule: it runs only when marked @Public. GraphQL operations have theirs in
 * one list, the access core's PERMISSIONS (libs/access/src/permissions.ts).
 */
export type AccessRule = { public: true };

/** Anyone, without a token: a REST endpoint that is truly public (key sets, health, the token endpoint). */
export const Public = () => SetMetadata(ACCESS_RULE, { public: true } satisfies AccessRule);

export interface RequestWithPrincipal {
  headers: Record<string, string | string[] | undefined>;
  principal?: Principal;
}

/** The request of a GraphQL call (the Fastify request, as the subgraph's context holds it). */
export function requestOf(context: ExecutionContext): RequestWithPrincipal {
  return GqlExecutionContext.create(context).getContext<{ req: RequestWithPrincipal }>().req;
}

/** The caller the guard let in. */
export const CurrentPrincipal = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Principal => requestOf(context).principal!,
);

/** The steward the guard let in (on operations PERMISSIONS opens to one registry's stewards). */
export const CurrentSteward = createParamDecorator(
  (_data: unknown, context: ExecutionContext): StewardPrincipal => requestOf(context).principal as StewardPrincipal,
);
