import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { Public } from '@app/auth';
import { DatabaseHealth } from '@app/database';

/** The slice of Fastify's reply (and Express's response) a health endpoint needs. */
export interface StatusResponse {
  status(code: number): { send(body: unknown): unknown };
}

/** Readiness: 200 when this subgraph can reach its database, 503 naming the database otherwise. */
@Controller('health')
@Public()
export class SubgraphHealthController {
  constructor(private readonly database: DatabaseHealth) {}

  @Get()
  async health(@Res() response: StatusResponse): Promise<void> {
    const database = await this.database.check();
    const ready = database.ok;
    response
      .status(ready ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
      .send(ready ? { status: 'ok', database } : { status: 'unavailable', down: ['database'], database });
  }
}
