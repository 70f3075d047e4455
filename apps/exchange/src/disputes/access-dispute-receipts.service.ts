import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { signJwt } from '@app/auth';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { RegistryKeys } from '../keys/registry-keys';
import {
  DISPUTE_RECEIPT_JWS_TYPE,
  disputeReceiptArtefact,
  type DisputeReceiptArtefact,
  type DisputeState,
} from './access-dispute-receipt';

/** Signs the receipt of each state of a dispute with the registry's key. */
@Injectable()
export class AccessDisputeReceipts {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly keys: RegistryKeys,
  ) {}

  sign(dispute: DisputeState, changedBy: DisputeReceiptArtefact['changedBy'], requestId: string | null): string {
    const artefact = disputeReceiptArtefact(dispute, changedBy, {
      iss: this.config.tokens.registryIssuer,
      jti: randomUUID(),
      requestId,
    });
    return signJwt(this.keys.signing, { ...artefact }, DISPUTE_RECEIPT_JWS_TYPE);
  }
}
