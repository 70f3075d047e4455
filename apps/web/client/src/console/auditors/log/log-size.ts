/** The API's rule for a log size (INVALID_LOG_SIZE): a decimal integer JavaScript holds exactly. */
export function isLogSize(value: string): boolean {
  return /^(0|[1-9]\d{0,15})$/.test(value) && Number.isSafeInteger(Number(value));
}

export type SizesProblem = 'INVALID_LOG_SIZE' | 'LOG_SIZES_REVERSED';

/** Why the API would refuse these two sizes before looking at the log, or null. */
export function sizesProblem(fromSize: string, toSize: string): SizesProblem | null {
  if (!isLogSize(fromSize) || !isLogSize(toSize)) return 'INVALID_LOG_SIZE';
  return Number(fromSize) > Number(toSize) ? 'LOG_SIZES_REVERSED' : null;
}
