import { errorCatalogue } from '@app/errors';

export const WITNESS_ERRORS = errorCatalogue('witness', {
  CHECKPOINT_SIGNATURE_INVALID: 'The checkpoint is not signed by the registry key set the witness trusts.',
  CHECKPOINT_INCONSISTENT: 'The consistency proof does not lead from the checkpoint the witness holds to this one.',
  CHECKPOINT_OLDER_THAN_COSIGNED: 'The checkpoint is older than the one the witness already cosigned.',
  CHECKPOINT_OLD_SIZE_MISMATCH: "The proof's old size is not the size the witness holds.",
});
