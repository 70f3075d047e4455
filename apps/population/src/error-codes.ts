import { errorCatalogue } from '@app/errors';

export const POPULATION_ERRORS = errorCatalogue('population', {
  CITIZEN_NOT_FOUND: 'No citizen with this personal ID number (or none at that time).',
  CITIZEN_ALREADY_REGISTERED: 'A citizen with this personal ID number is already registered.',
  BATCH_TOO_LARGE: 'More personal ID numbers in one lookup than MAX_BATCH_LOOKUP.',
  CHANGE_REQUEST_NOT_FOUND: 'No such change request.',
  CHANGE_REQUEST_DECIDED: 'The change request was already approved, rejected or superseded.',
  INVALID_MERGE: 'The records cannot be merged (the same record, or one already merged).',
  FINDING_NOT_FOUND: 'No such data-quality finding.',
  FINDING_RESOLVED: 'The finding is already resolved.',
  CITIZEN_IMPORT_NOT_FOUND: 'No such import.',
  IMPORT_ALREADY_RUNNING: 'Another import is running; one at a time.',
  IMPORT_FILE_TOO_LARGE: 'The upload is larger than 512 KiB: split it, or use npm run import.',
  IMPORT_FILE_INVALID: "The file's header is not the citizens' CSV header.",
});
