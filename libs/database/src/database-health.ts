import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** Whether the database answers, and how quickly; for readiness probes. */
@Injectable()
export class DatabaseHealth {
  constructor(private readonly dataSource: DataSource) {}

  async check(): Promise<{ ok: boolean; ms: number }> {
    const started = performance.now();
    try {
      await this.dataSource.query('SELECT 1');
      return { ok: true, ms: Math.round(performance.now() - started) };
    } catch {
      return { ok: false, ms: Math.round(performance.now() - started) };
    }
  }
}
