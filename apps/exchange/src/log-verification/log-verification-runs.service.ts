import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { OperatorPrincipal } from '@app/auth';
import { LogVerificationRunEntity } from './log-verification-run.entity';
import { LogVerificationRun } from './log-verification-run.model';

/** verify-log's recorded runs, for the auditors. Read only: the tool writes them. */
@Injectable()
export class LogVerificationRunsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The newest `first` runs, by when they finished. */
  async newest(_auditor: OperatorPrincipal, first: number): Promise<LogVerificationRun[]> {
    const rows = await this.dataSource.manager.find(LogVerificationRunEntity, {
      order: { finishedAt: 'DESC', id: 'DESC' },
      take: first,
    });
    return rows.map((row) => LogVerificationRun.fromEntity(row));
  }
}
