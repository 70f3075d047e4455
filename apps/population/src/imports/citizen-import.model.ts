import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '@app/validation';
import type { CitizenImportEntity } from './citizen-import.entity';

@ObjectType('CitizenImport', { description: 'A CSV file of citizens a steward uploaded, and how its import went.' })
export class CitizenImport {
  @Field(() => ID)
  id: string;

  @Field()
  fileName: string;

  @Field({ description: 'Hex SHA-256 of the file: the same file uploaded again has the same one.' })
  fileSha256: string;

  @Field(() => Int)
  fileBytes: number;

  @Field({ description: 'running, finished, failed, or interrupted (the registry stopped while it ran).' })
  status: string;

  @Field(() => Int, { description: 'Data rows read so far (the header is not counted).' })
  rowsRead: number;

  @Field(() => Int, { description: 'Citizens registered by this import.' })
  accepted: number;

  @Field(() => Int, { description: 'Rows whose personal ID number was registered already: skipped, changed nothing.' })
  alreadyRegistered: number;

  @Field(() => Int, { description: 'Rows refused by a rule; they are in rejectsCsv.' })
  refused: number;

  @Field(() => Int, { description: 'Registered rows whose ID number disagrees with birth year or sex (findings).' })
  idMismatches: number;

  @Field()
  startedBy: string;

  @Field(() => DateTimeScalar)
  startedAt: Date;

  @Field(() => DateTimeScalar, { nullable: true })
  finishedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Why a failed import stopped.' })
  failure: string | null;

  /** Resolved on demand (it can be large): the refused rows, for the steward to correct. */
  rejectsCsv?: string | null;

  static fromEntity(entity: CitizenImportEntity): CitizenImport {
    return Object.assign(new CitizenImport(), {
      id: entity.id,
      fileName: entity.fileName,
      fileSha256: entity.fileSha256,
      fileBytes: entity.fileBytes,
      status: entity.status,
      rowsRead: entity.rowsRead,
      accepted: entity.accepted,
      alreadyRegistered: entity.alreadyRegistered,
      refused: entity.refused,
      idMismatches: entity.idMismatches,
      startedBy: entity.startedBy,
      startedAt: entity.startedAt,
      finishedAt: entity.finishedAt,
      failure: entity.failure,
    });
  }
}
