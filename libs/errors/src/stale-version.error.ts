import { DomainError } from './domain-error';

/** The record a stale edit was about: how the message names it, and its key for the details. */
export interface VersionedRecord {
  /** "The record", "Agreement 12/2026/HĐ-BHXH", "Access dispute 5c0e…". */
  name: string;
  /** Beside the versions in the details: `agreementNumber`, `id`, … */
  key?: Record<string, string>;
}

/**
 * STALE_VERSION, in every registry and the exchange alike: the edit was based on a version
 * that is no longer the newest, and nothing was written. The details always carry
 * `expectedVersion` and `currentVersion` (null when the record has no current version any
 * more), so a client shows the same three-way view whatever the record.
 */
export class StaleVersionError extends DomainError {
  readonly code = 'STALE_VERSION';

  constructor(record: VersionedRecord, expectedVersion: number, currentVersion: number | null) {
    super(
      currentVersion === null
        ? `${record.name} has no current version any more: nothing was written`
        : `${record.name} is at version ${currentVersion}, not ${expectedVersion}: reload it and apply the change again`,
      { ...record.key, expectedVersion, currentVersion },
    );
  }
}
