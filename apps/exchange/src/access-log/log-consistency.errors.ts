import { InvalidInputError } from '@app/errors';

/** The codes of a consistency proof that cannot be given. */
export enum LogConsistencyErrorCode {
  /** Not a decimal integer a log size can be. */
  INVALID_LOG_SIZE = 'INVALID_LOG_SIZE',
  /** fromSize is larger than toSize: a log only grows. */
  LOG_SIZES_REVERSED = 'LOG_SIZES_REVERSED',
  /** Beyond the newest checkpoint. */
  LOG_SIZE_OUT_OF_RANGE = 'LOG_SIZE_OUT_OF_RANGE',
  /** Within the log, but no checkpoint was signed at that size. */
  CHECKPOINT_NOT_FOUND = 'CHECKPOINT_NOT_FOUND',
}

export class LogSizesReversedError extends InvalidInputError {
  constructor(fromSize: number, toSize: number) {
    super(
      'fromSize',
      `must not be larger than toSize (${fromSize} > ${toSize}): a log only grows`,
      LogConsistencyErrorCode.LOG_SIZES_REVERSED,
    );
  }
}

export class LogSizeOutOfRangeError extends InvalidInputError {
  constructor(field: string, size: number, newest: number) {
    super(
      field,
      `${size} is beyond the newest checkpoint (${newest} records)`,
      LogConsistencyErrorCode.LOG_SIZE_OUT_OF_RANGE,
    );
  }
}

export class CheckpointNotFoundError extends InvalidInputError {
  constructor(field: string, size: number) {
    super(field, `no checkpoint was signed at ${size} records`, LogConsistencyErrorCode.CHECKPOINT_NOT_FOUND);
  }
}
