import { DomainError, NotFoundError } from '@app/errors';

/** The checkpoint's JWS does not verify with the registry's key set. */
export class CheckpointSignatureInvalidError extends DomainError {
  readonly code = 'CHECKPOINT_SIGNATURE_INVALID';
}

/** The checkpoint is smaller than one the witness cosigned: the log would have shrunk. */
export class CheckpointOlderThanCosignedError extends DomainError {
  readonly code = 'CHECKPOINT_OLDER_THAN_COSIGNED';
}

/** The consistency proof starts from another size than the witness's latest; details.cosignedSize says which. */
export class CheckpointOldSizeMismatchError extends DomainError {
  readonly code = 'CHECKPOINT_OLD_SIZE_MISMATCH';
}

/** The checkpoint's tree does not extend the latest cosigned one (a bad proof, or a fork). */
export class CheckpointInconsistentError extends DomainError {
  readonly code = 'CHECKPOINT_INCONSISTENT';
}

/** The witness has cosigned nothing yet. */
export class NothingCosignedError extends NotFoundError {
  readonly code = 'NOT_FOUND';
}
