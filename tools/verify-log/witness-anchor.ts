import { emptyRoot, verifyCosignatureOf, type CheckpointVerdict, type CosignatureVerdict } from '@app/access';
import type { WitnessAnchor } from './log-verifier';
import type { GivenAnchor } from './verify-log-arguments';

/** The witness could not be asked, or answered what no witness signs: the log cannot be judged. */
export class WitnessError extends Error {}

/**
 * The tree the log must extend: the one given on the command line, or the witness's latest
 * cosigned checkpoint (GET <witness>/checkpoint), whose cosignature must verify with the
 * witness's keys and whose checkpoint with the registry's. A witness that has cosigned
 * nothing yet (404) anchors the empty log.
 */
export async function witnessAnchor(
  witness: string,
  given: GivenAnchor | null,
  verifyCosignature: (jws: string) => Promise<CosignatureVerdict>,
  verifyCheckpoint: (jws: string) => Promise<CheckpointVerdict>,
): Promise<WitnessAnchor> {
  if (given) return { ...given, by: `the checkpoint given (--min-size ${given.size})` };
  const url = `${witness}/checkpoint`;
  let response: Response;
  let body: { size?: unknown; root?: unknown; checkpoint?: unknown; cosignature?: unknown };
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
    body = (await response.json()) as typeof body;
  } catch (error) {
    throw new WitnessError(
      `cannot read the witness's latest checkpoint from ${url}: ${(error as Error).message} (or give one with --min-size N --root R)`,
    );
  }
  if (response.status === 404)
    return { size: 0, root: emptyRoot().toString('base64url'), by: `the witness at ${witness}` };
  if (!response.ok)
    throw new WitnessError(`cannot read the witness's latest checkpoint from ${url}: HTTP ${response.status}`);
  const signed = await verifyCheckpoint(body.checkpoint as string);
  if (!signed.ok) throw new WitnessError(`the witness's latest checkpoint is not the registry's: ${signed.reason}`);
  const cosigned = await verifyCosignatureOf(
    { size: signed.statement.size, root: signed.statement.root, iss: signed.statement.iss },
    body.cosignature,
    verifyCosignature,
  );
  if (!cosigned.ok) throw new WitnessError(`the witness's latest checkpoint: ${cosigned.reason}`);
  return { size: cosigned.statement.size, root: cosigned.statement.root, by: `the witness ${cosigned.statement.iss}` };
}
