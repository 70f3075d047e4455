import { Body, Controller, Get, Header, HttpCode, Post, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { StaffMember } from '../session/portal-session';
import { UnknownDemoStaffError } from '../web.errors';
import { DemoStaffTokens } from './demo-staff-tokens';
import { StaffSessions } from './staff-sessions';

/** A staff id as DEMO_STAFF spells them: letters, digits and hyphens. */
const STAFF_ID = /^[a-z0-9-]{1,40}$/;

/**
 * The console's development sign-in: pick a demo steward, administrator or auditor, be signed
 * in with a token of the development issuer. Mounted only outside production; elsewhere its
 * paths are 404.
 */
@Controller('console/api')
export class DemoStaffSignInController {
  constructor(
    private readonly sessions: StaffSessions,
    private readonly tokens: DemoStaffTokens,
  ) {}

  @Get('demo-staff')
  @Header('Cache-Control', 'no-store')
  list(): { staff: StaffMember[] } {
    return { staff: this.tokens.list() };
  }

  @Post('demo-sign-in')
  @HttpCode(204)
  @Header('Cache-Control', 'no-store')
  signIn(@Req() request: FastifyRequest, @Body() body: unknown): void {
    const id = (body as { id?: unknown } | null)?.id;
    const staff = typeof id === 'string' && STAFF_ID.test(id) ? this.tokens.find(id) : null;
    if (!staff) throw new UnknownDemoStaffError();
    this.sessions.signIn(request.session, staff, this.tokens.mint(staff), true);
  }
}
