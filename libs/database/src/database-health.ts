import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { DataSource } from 'typeorm';

/** Whether the database answers, and how quickly; for readiness probes. */
@Injectable()
export class DatabaseHealth {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Not ok when the database has not answered within half the gateway's health deadline:
   * a database that hangs (a frozen network, a full pool) must not make this subgraph look
   * unreachable to the gateway, which would then blame the subgraph, not the database.
   */
  async check(): Promise<{ ok: boolean; ms: number }> {
    const started = performance.now();
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), Math.max(50, Math.floor(this.config.healthTimeoutMs / 2)));
    });
    const answered = this.dataSource.query('SELECT 1').then(
      () => true,
      () => false,
    );
    const ok = await Promise.race([answered, deadline]).finally(() => clearTimeout(timer));
    return { ok, ms: Math.round(performance.now() - started) };
  }
}
