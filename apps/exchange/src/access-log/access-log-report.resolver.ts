import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AccessLogQueriesService } from './access-log-queries.service';
import { AccessLogReport, DayCount } from './access-record.model';

/**
 * The report's reads per day: counted only when asked for (a chart needs it, a total does
 * not), for the report's own filter; the report's query has already let the caller in.
 */
@Resolver(() => AccessLogReport)
export class AccessLogReportResolver {
  constructor(private readonly accessLog: AccessLogQueriesService) {}

  @ResolveField(() => [DayCount], {
    description:
      'Released and refused per day in Vietnam (UTC+07:00), oldest first; days without records left out. For periods of at most 366 days (REPORT_PERIOD_TOO_LONG otherwise).',
  })
  byDay(@Parent() report: AccessLogReport): Promise<DayCount[]> {
    return this.accessLog.byDay({
      agencyCode: report.agencyCode,
      purpose: report.purpose,
      from: report.from,
      to: report.to,
    });
  }
}
