import { applyDecorators, createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { PrincipalKind } from '@app/config';
import type { Principal, Registry, StewardPrincipal } from './principal';

export const ACCESS_RULE = Symbol('accessRule');

/** Who may call an operation. Every query and mutation declares one; none means denied. */
export type AccessRule = { public: true } | { public: false; kinds: PrincipalKind[]; registry?: Registry };

/** Anyone, without a token. Only for what is truly public (the agency directory). */
export const Public = () => SetMetadata(ACCESS_RULE, { public: true } satisfies AccessRule);

/**
 * Callers of these kinds may call it; what data they then see is the policy's decision,
 * field by field.
 */
export const Allow = (...kinds: PrincipalKind[]) =>
  SetMetadata(ACCESS_RULE, { public: false, kinds } satisfies AccessRule);

/** Only a steward of `registry`. */
export const StewardOf = (registry: Registry) =>
  applyDecorators(SetMetadata(ACCESS_RULE, { public: false, kinds: ['steward'], registry } satisfies AccessRule));

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

/** The steward the guard let in (on operations marked @StewardOf). */
export const CurrentSteward = createParamDecorator(
  (_data: unknown, context: ExecutionContext): StewardPrincipal => requestOf(context).principal as StewardPrincipal,
);
