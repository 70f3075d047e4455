import { Body, Controller, Get, Header, HttpCode, Post, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { demoCitizenNames, type DemoCitizenName } from '@app/demo-data';
import { Sessions } from '../session/sessions';
import { InvalidPersonalIdError, UnknownDemoCitizenError } from '../web.errors';
import { DemoCitizenTokens } from './demo-citizen-tokens';

/**
 * The development demo sign-in: pick a demo citizen, be signed in as them with a token of the
 * development issuer. The module mounts this controller only outside production and only
 * when no identity provider is configured; elsewhere its paths are 404.
 */
@Controller('api')
export class DemoSignInController {
  private readonly citizens = demoCitizenNames();

  constructor(
    private readonly sessions: Sessions,
    private readonly tokens: DemoCitizenTokens,
  ) {}

  @Get('demo-citizens')
  @Header('Cache-Control', 'no-store')
  list(): { citizens: DemoCitizenName[] } {
    return { citizens: this.citizens };
  }

  @Post('demo-sign-in')
  @HttpCode(204)
  @Header('Cache-Control', 'no-store')
  signIn(@Req() request: FastifyRequest, @Body() body: unknown): void {
    const personalIdNumber = (body as { personalIdNumber?: unknown } | null)?.personalIdNumber;
    if (typeof personalIdNumber !== 'string' || !/^\d{12}$/.test(personalIdNumber)) {
      throw new InvalidPersonalIdError();
    }
    if (!this.citizens.some((citizen) => citizen.personalIdNumber === personalIdNumber)) {
      throw new UnknownDemoCitizenError();
    }
    this.sessions.signIn(request.session, this.tokens.mint(personalIdNumber), true);
  }
}
