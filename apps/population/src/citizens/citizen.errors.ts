import { NotFoundError } from '@app/errors';

export class CitizenNotFoundError extends NotFoundError {
  readonly code = 'CITIZEN_NOT_FOUND';

  constructor(personalIdNumber: string) {
    super(`No citizen with personal ID number ${personalIdNumber}`, { personalIdNumber });
  }
}
