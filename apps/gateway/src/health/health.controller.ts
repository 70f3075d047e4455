import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import type { StatusResponse } from '@app/server';
import { SubgraphProbe } from './subgraph-probe';

/**
 * Readiness of the whole graph: 200 only when every subgraph is ready; 503 names those that
 * are not and, in `subgraphs`, why (`database-unavailable` when a subgraph runs but its
 * database is down).
 */
@Controller('health')
export class HealthController {
  constructor(private readonly probe: SubgraphProbe) {}

  @Get()
  async health(@Res() response: StatusResponse): Promise<void> {
    const subgraphs = await this.probe.probeAll();
    const notReady = Object.entries(subgraphs)
      .filter(([, state]) => state !== 'ok')
      .map(([name]) => name);
    response
      .status(notReady.length === 0 ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
      .send(notReady.length === 0 ? { status: 'ok', subgraphs } : { status: 'unavailable', notReady, subgraphs });
  }
}
