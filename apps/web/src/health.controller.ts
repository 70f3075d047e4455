import { Controller, Get, Header } from '@nestjs/common';

/** For a load balancer: the portal's server is up. (The graph's health is the gateway's /health.) */
@Controller()
export class HealthController {
  @Get('health')
  @Header('Cache-Control', 'no-store')
  health(): { status: 'ok' } {
    return { status: 'ok' };
  }
}
