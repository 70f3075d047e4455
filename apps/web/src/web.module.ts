import { Module, type DynamicModule, type Provider, type Type } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { ConfigModule, type AppConfig } from '@app/config';
import { DemoStaffSignInController } from './console/demo-staff-sign-in.controller';
import { DemoStaffTokens } from './console/demo-staff-tokens';
import { StaffSessionController } from './console/staff-session.controller';
import { STAFF_OIDC, STAFF_SUBJECT, StaffSessions } from './console/staff-sessions';
import { StaffSignInController } from './console/staff-sign-in.controller';
import { HealthController } from './health.controller';
import { GatewayClient } from './proxy/gateway-client';
import { GatewayController } from './proxy/gateway.controller';
import { SameOriginGuard } from './same-origin.guard';
import { SessionController } from './session/session.controller';
import { Sessions } from './session/sessions';
import { DemoCitizenTokens } from './sign-in/demo-citizen-tokens';
import { DemoSignInController } from './sign-in/demo-sign-in.controller';
import { OidcSignIn } from './sign-in/oidc-sign-in';
import { SignInController } from './sign-in/sign-in.controller';
import { ClientFilesController } from './static/client-files.controller';
import { WebErrorFilter } from './web-error.filter';

/**
 * The web server (backend-for-frontend) of the citizen portal and the staff console: their
 * pages, a session for each (the citizen's and the staff member's, in one cookie), sign-in (the
 * identity provider, or the demo sign-ins in development), and GraphQL forwarded to the gateway.
 * No authority of its own: every call is the token's, judged by the graph.
 */
@Module({})
export class WebModule {
  static forRoot(config: AppConfig): DynamicModule {
    const oidc = config.web.oidc ? new OidcSignIn(config.web.oidc, !config.production) : null;
    const demo = config.web.demoSignIn ? DemoCitizenTokens.fromConfig(config.tokens) : null;
    const staffOidc = config.web.staffOidc
      ? new OidcSignIn(config.web.staffOidc, !config.production, STAFF_SUBJECT)
      : null;
    const staffDemo = config.web.staffDemoSignIn ? DemoStaffTokens.fromConfig(config.tokens) : null;
    const controllers: Type[] = [HealthController, SessionController, GatewayController, StaffSessionController];
    const providers: Provider[] = [
      { provide: APP_FILTER, useClass: WebErrorFilter },
      { provide: APP_GUARD, useClass: SameOriginGuard },
      GatewayClient,
      { provide: Sessions, useValue: new Sessions(config.web, oidc, demo) },
      { provide: StaffSessions, useValue: new StaffSessions(config.web, staffOidc, staffDemo) },
    ];
    if (oidc) {
      controllers.push(SignInController);
      providers.push({ provide: OidcSignIn, useValue: oidc });
    }
    if (demo) {
      controllers.push(DemoSignInController);
      providers.push({ provide: DemoCitizenTokens, useValue: demo });
    }
    if (staffOidc) {
      controllers.push(StaffSignInController);
      providers.push({ provide: STAFF_OIDC, useValue: staffOidc });
    }
    if (staffDemo) {
      controllers.push(DemoStaffSignInController);
      providers.push({ provide: DemoStaffTokens, useValue: staffDemo });
    }
    // Last: its catch-all route must not shadow the others.
    controllers.push(ClientFilesController);
    return { module: WebModule, imports: [ConfigModule.forRoot(config)], controllers, providers };
  }
}
