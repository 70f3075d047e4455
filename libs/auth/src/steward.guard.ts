import {
  createParamDecorator,
  Inject,
  Injectable,
  SetMetadata,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { ForbiddenError, UnauthenticatedError } from './auth.errors';
import { StewardCredentials, type StewardPrincipal } from './steward-credentials';

const STEWARD_OF = Symbol('stewardOf');

interface RequestWithPrincipal {
  headers: Record<string, string | string[] | undefined>;
  steward?: StewardPrincipal;
}

/** Only a steward of `registry` may call this mutation (see StewardCredentials). */
export const StewardOf = (registry: string) => SetMetadata(STEWARD_OF, registry);

/** The steward the guard let in. */
export const CurrentSteward = createParamDecorator(
  (_data: unknown, context: ExecutionContext): StewardPrincipal => requestOf(context).steward!,
);

function requestOf(context: ExecutionContext): RequestWithPrincipal {
  return GqlExecutionContext.create(context).getContext<{ req: RequestWithPrincipal }>().req;
}

/**
 * Lets a handler marked @StewardOf(registry) run only for an authenticated steward of that
 * registry. Handlers without the mark are not this guard's business (issue #4 adds the
 * deny-by-default guard over every handler).
 */
@Injectable()
export class StewardGuard implements CanActivate {
  private readonly credentials: StewardCredentials;

  constructor(
    private readonly reflector: Reflector,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.credentials = new StewardCredentials(config.stewardCredentials);
  }

  canActivate(context: ExecutionContext): boolean {
    const registry = this.reflector.get<string | undefined>(STEWARD_OF, context.getHandler());
    if (!registry) return true;
    const request = requestOf(context);
    const authorization = request.headers.authorization;
    const steward = this.credentials.authenticate(typeof authorization === 'string' ? authorization : undefined);
    if (!steward)
      throw new UnauthenticatedError('A steward credential is required: Authorization: Steward <id>:<secret>');
    if (steward.registry !== registry) {
      throw new ForbiddenError(`Steward ${steward.stewardId} does not steward the ${registry} registry`);
    }
    request.steward = steward;
    return true;
  }
}
