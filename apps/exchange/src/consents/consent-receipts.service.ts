import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { signJwt } from '@app/auth';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { RegistryKeys } from '../keys/registry-keys';
import { CONSENT_RECEIPT_JWS_TYPE, type ConsentReceiptArtefact } from './consent-receipt';
import { ConsentReceiptEntity, type ConsentEvent } from './consent-receipt.entity';
import type { ConsentEntity } from '@app/access';
import type { ConsentLabels } from './consent-views';

/** Signs a receipt for each consent event with the registry's key, in the caller's transaction. */
@Injectable()
export class ConsentReceiptsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly keys: RegistryKeys,
  ) {}

  async issue(
    manager: EntityManager,
    consent: ConsentEntity,
    event: ConsentEvent,
    labels: ConsentLabels,
    at: Date,
  ): Promise<ConsentReceiptEntity> {
    const id = randomUUID();
    const artefact: ConsentReceiptArtefact = {
      iss: this.config.tokens.registryIssuer,
      jti: id,
      iat: Math.floor(at.getTime() / 1000),
      consentId: consent.id,
      event,
      subject: consent.personalIdNumber,
      agency: { code: consent.agencyCode, nameVi: labels.agencies.get(consent.agencyCode) ?? consent.agencyCode },
      purpose: { code: consent.purpose, textVi: labels.purposes.get(consent.purpose) ?? consent.purpose },
      categories: consent.categories,
      validFrom: consent.validFrom.toISOString(),
      validTo: consent.validTo.toISOString(),
      fetchType: consent.fetchType,
      maxReadsPerDay: consent.maxReadsPerDay,
      dataLifeDays: consent.dataLifeDays,
      status: consent.status,
      time: at.toISOString(),
    };
    const jws = signJwt(this.keys.signing, { ...artefact }, CONSENT_RECEIPT_JWS_TYPE);
    return manager.save(manager.create(ConsentReceiptEntity, { id, consentId: consent.id, event, issuedAt: at, jws }));
  }
}
