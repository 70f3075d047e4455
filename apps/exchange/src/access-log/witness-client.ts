/** What the witness answered to one submission. */
export type WitnessAnswer =
  | { kind: 'cosigned'; size: number; root: string; cosignature: string }
  /** Refused with a code (CHECKPOINT_*); cosignedSize: the witness's latest, when it says. */
  | { kind: 'refused'; code: string; message: string; cosignedSize: number | null }
  | { kind: 'unreachable'; reason: string };

const TIMEOUT_MS = 5_000;

/** The exchange's side of the witness's HTTP API (apps/witness): POST /checkpoints. */
export class WitnessClient {
  constructor(readonly baseUrl: string) {}

  async submit(checkpoint: string, oldSize: number, consistencyProof: string[]): Promise<WitnessAnswer> {
    let response: Response;
    let body: unknown;
    try {
      response = await fetch(`${this.baseUrl}/checkpoints`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ checkpoint, oldSize, consistencyProof }),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      body = await response.json();
    } catch (error) {
      return { kind: 'unreachable', reason: (error as Error).message };
    }
    const answer = body as Partial<{
      size: number;
      root: string;
      cosignature: string;
      error: { code?: string; message?: string; cosignedSize?: number };
    }>;
    if (response.ok && typeof answer.cosignature === 'string') {
      return {
        kind: 'cosigned',
        size: Number(answer.size),
        root: String(answer.root),
        cosignature: answer.cosignature,
      };
    }
    if (response.status >= 500 || !answer.error?.code) {
      return { kind: 'unreachable', reason: `HTTP ${response.status}` };
    }
    return {
      kind: 'refused',
      code: answer.error.code,
      message: answer.error.message ?? '',
      cosignedSize: typeof answer.error.cosignedSize === 'number' ? answer.error.cosignedSize : null,
    };
  }
}
