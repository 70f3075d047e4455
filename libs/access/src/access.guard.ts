import { Injectable, Logger, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext, RESOLVER_REFERENCE_METADATA, RESOLVER_TYPE_METADATA } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import {
  ACCESS_RULE,
  ForbiddenError,
  RequestAuthenticator,
  describePrincipal,
  requestOf,
  type AccessRule,
} from '@app/auth';
import { permissionOf } from './permissions';

/**
 * Deny by default. A GraphQL operation runs only when PERMISSIONS (permissions.ts) lists it and
 * the caller is of a kind it names; one it does not list is refused to everyone and logged as
 * the programming error it is (tools/schema/access-rules.spec.ts keeps that from shipping).
 * Fields of a type pass: their data is the policy's, field by field. A REST endpoint runs only
 * when it is marked @Public.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger(AccessGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly authenticator: RequestAuthenticator,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<string>() !== 'graphql') {
      const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [
        context.getHandler(),
        context.getClass(),
      ]);
      return rule?.public === true;
    }
    const coordinate = operationCoordinate(context);
    if (coordinate === null) return true; // a field of a type: the data policy decides
    const permission = permissionOf(coordinate);
    if (!permission) {
      this.logger.error(
        `${coordinate} (${context.getClass().name}.${context.getHandler().name}) has no permission: denied`,
      );
      throw new ForbiddenError('This operation is not open to any caller');
    }
    if (permission.callers === 'anyone') return true;
    const request = requestOf(context);
    const principal = await this.authenticator.authenticate(request);
    if (!permission.callers.includes(principal.kind)) {
      throw new ForbiddenError(`This operation is not open to callers of kind ${principal.kind}`, {
        reason: 'CALLER_KIND_NOT_ALLOWED',
      });
    }
    if (permission.registry && (principal.kind !== 'steward' || principal.registry !== permission.registry)) {
      throw new ForbiddenError(`Only stewards of the ${permission.registry} registry may do this`, {
        reason: 'NOT_A_STEWARD_OF_THIS_REGISTRY',
        caller: describePrincipal(principal),
      });
    }
    request.principal = principal;
    return true;
  }
}

/**
 * `Query.citizen`, `Mutation.registerCitizen`, `Citizen.__resolveReference` (another subgraph's
 * entity fetch); null for a field of a type.
 */
export function operationCoordinate(context: ExecutionContext): string | null {
  if (Reflect.getMetadata(RESOLVER_REFERENCE_METADATA, context.getHandler()) === true) {
    return `${Reflect.getMetadata(RESOLVER_TYPE_METADATA, context.getClass())}.__resolveReference`;
  }
  const info = GqlExecutionContext.create(context).getInfo<GraphQLResolveInfo>();
  const parent = info.parentType.name;
  return parent === 'Query' || parent === 'Mutation' || parent === 'Subscription'
    ? `${parent}.${info.fieldName}`
    : null;
}
