import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DateTimeScalar } from '@app/validation';
import type { LogVerificationRunEntity } from './log-verification-run.entity';

export enum LogVerificationVerdictValue {
  HOLDS = 'holds',
  BREAK = 'break',
  COULD_NOT_CHECK = 'could_not_check',
}
registerEnumType(LogVerificationVerdictValue, {
  name: 'LogVerificationVerdict',
  description:
    "verify-log's outcome: HOLDS (exit 0), BREAK (exit 1: the log is not the one written and signed), COULD_NOT_CHECK (exit 2: a key set, the witness or the database could not be read).",
});

@ObjectType('LogVerificationRun', {
  description:
    'One whole-log run of npm run verify-log, as the tool recorded it. A record of the run, not a proof: run the tool to check the log yourself.',
})
export class LogVerificationRun {
  @Field(() => ID)
  id: string;

  @Field(() => DateTimeScalar)
  startedAt: Date;

  @Field(() => DateTimeScalar)
  finishedAt: Date;

  @Field(() => LogVerificationVerdictValue)
  verdict: LogVerificationVerdictValue;

  @Field({
    description: 'Records verified (decimal text): the whole log when it holds, those before the break, 0 otherwise.',
  })
  entriesChecked: string;

  @Field(() => String, {
    nullable: true,
    description:
      "The size (decimal text) of the tree the log was held against: the witness's latest cosigned checkpoint, or one given with --min-size; null when it was never read.",
  })
  anchorSize: string | null;

  @Field(() => String, { nullable: true, description: "That tree's Merkle root, base64url." })
  anchorRoot: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Who vouched for that tree: "the witness sochung-witness", "the checkpoint given (--min-size N)".',
  })
  anchoredBy: string | null;

  @Field({ description: "The tool's one-line verdict, as it printed it." })
  summary: string;

  @Field({ description: '--by, or the operating-system user who ran it.' })
  ranBy: string;

  static fromEntity(row: LogVerificationRunEntity): LogVerificationRun {
    return {
      id: row.id,
      startedAt: row.startedAt,
      finishedAt: row.finishedAt,
      verdict: row.verdict as LogVerificationVerdictValue,
      entriesChecked: row.entriesChecked,
      anchorSize: row.anchorSize,
      anchorRoot: row.anchorRoot,
      anchoredBy: row.anchoredBy,
      summary: row.summary,
      ranBy: row.ranBy,
    };
  }
}
