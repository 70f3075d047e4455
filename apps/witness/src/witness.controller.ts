import { Body, Controller, Get, Header, HttpCode, Inject, Post } from '@nestjs/common';
import type { PublicJwk } from '@app/auth';
import type { CosignedCheckpoint } from './cosigned-store';
import { Witness } from './witness.service';
import { WITNESS_KEYS } from './witness.module-tokens';

/**
 * The witness over HTTP: the registry submits checkpoints; anyone reads the latest cosigned
 * checkpoint and the witness's public keys. No token: what it answers is public, and what it
 * accepts is judged by signatures and proofs alone.
 */
@Controller()
export class WitnessController {
  constructor(
    private readonly witness: Witness,
    @Inject(WITNESS_KEYS) private readonly keys: { keys: PublicJwk[] },
  ) {}

  /** Cosigns a checkpoint that extends the latest cosigned one (CHECKPOINT_* codes when not). */
  @Post('checkpoints')
  @HttpCode(200)
  submit(@Body() body: unknown): Promise<CosignedCheckpoint> {
    return this.witness.submit(body);
  }

  /** The latest cosigned checkpoint, with the registry's JWS and the cosignature. */
  @Get('checkpoint')
  @Header('Cache-Control', 'no-store')
  latest(): CosignedCheckpoint {
    return this.witness.latest();
  }

  @Get('.well-known/jwks.json')
  @Header('Cache-Control', 'public, max-age=60')
  jwks(): { keys: PublicJwk[] } {
    return this.keys;
  }

  @Get('health')
  @Header('Cache-Control', 'no-store')
  health(): { status: 'ok'; size: number } {
    return { status: 'ok', size: this.witness.latestSize() };
  }
}
