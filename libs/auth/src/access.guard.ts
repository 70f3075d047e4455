import { Injectable, Logger, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { ACCESS_RULE, requestOf, type AccessRule } from './access.decorators';
import { ForbiddenError } from './auth.errors';
import { describePrincipal } from './principal';
import { RequestAuthenticator } from './request-authenticator';

/**
 * Deny by default: an operation runs only when it declares who may call it (@Public, @Allow,
 * @StewardOf) and the caller is one of them. A handler without a rule is refused and logged
 * as the programming error it is; a test walks every operation to keep that from shipping.
 * Field resolvers pass unless they declare a rule: their data fields are the policy's.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger(AccessGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly authenticator: RequestAuthenticator,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (context.getType<string>() !== 'graphql') return rule?.public === true;
    if (!rule && !isOperation(context)) return true; // a field of a type: the data policy decides
    if (!rule) {
      this.logger.error(`${context.getClass().name}.${context.getHandler().name} declares no access rule: denied`);
      throw new ForbiddenError('This operation is not open to any caller');
    }
    if (rule.public) return true;
    const request = requestOf(context);
    const principal = await this.authenticator.authenticate(request);
    if (!rule.kinds.includes(principal.kind)) {
      throw new ForbiddenError(`This operation is not open to callers of kind ${principal.kind}`, {
        reason: 'CALLER_KIND_NOT_ALLOWED',
      });
    }
    if (rule.registry && (principal.kind !== 'steward' || principal.registry !== rule.registry)) {
      throw new ForbiddenError(`Only stewards of the ${rule.registry} registry may do this`, {
        reason: 'NOT_A_STEWARD_OF_THIS_REGISTRY',
        caller: describePrincipal(principal),
      });
    }
    request.principal = principal;
    return true;
  }
}

/** Query and mutation fields, and reference resolvers (run for the _entities query). */
function isOperation(context: ExecutionContext): boolean {
  const parent = GqlExecutionContext.create(context).getInfo<GraphQLResolveInfo>().parentType.name;
  return parent === 'Query' || parent === 'Mutation' || parent === 'Subscription';
}
