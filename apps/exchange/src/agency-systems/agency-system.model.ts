import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DateTimeScalar } from '@app/validation';
import type { AgencySystemEntity } from '@app/access';
import type { SystemKeyEntity } from './system-key.entity';

/** A system of the core's table with its keys, which the exchange keeps. */
export type AgencySystemWithKeys = AgencySystemEntity & { keys: SystemKeyEntity[] };

export enum AgencySystemStatusValue {
  PENDING = 'pending',
  ACTIVE = 'active',
  SUSPENDED = 'suspended',
  REVOKED = 'revoked',
}
registerEnumType(AgencySystemStatusValue, { name: 'AgencySystemStatus' });

export enum SystemKeyStatusValue {
  PENDING = 'pending',
  ACTIVE = 'active',
  REVOKED = 'revoked',
}
registerEnumType(SystemKeyStatusValue, { name: 'SystemKeyStatus' });

@ObjectType('SystemKey', { description: 'A public key an agency system signs its client assertions with.' })
export class SystemKey {
  @Field({ description: 'The system the key belongs to.' })
  clientId: string;

  @Field()
  kid: string;

  @Field(() => SystemKeyStatusValue, {
    description:
      'A key added after registration is pending until a different administrator approves it; a revoked key stays listed and never becomes active again.',
  })
  status: SystemKeyStatusValue;

  @Field({ description: 'EdDSA (Ed25519; it may sign as EdDSA or Ed25519) or ES256 (P-256).' })
  alg: string;

  @Field({ description: 'The public key as a JWK, in JSON.' })
  publicJwk: string;

  @Field()
  addedBy: string;

  @Field(() => DateTimeScalar)
  addedAt: Date;

  @Field(() => String, {
    nullable: true,
    description: 'Who approved a key added after registration; null for keys approved with their system.',
  })
  approvedBy: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  approvedAt: Date | null;

  @Field(() => String, { nullable: true })
  revokedBy: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  revokedAt: Date | null;

  static fromEntity(entity: SystemKeyEntity): SystemKey {
    return {
      clientId: entity.clientId,
      kid: entity.kid,
      status: entity.status as SystemKeyStatusValue,
      alg: entity.publicJwk.alg,
      publicJwk: JSON.stringify(entity.publicJwk),
      addedBy: entity.addedBy,
      addedAt: entity.addedAt,
      approvedBy: entity.approvedBy,
      approvedAt: entity.approvedAt,
      revokedBy: entity.revokedBy,
      revokedAt: entity.revokedAt,
    };
  }
}

@ObjectType('AgencySystem', { description: "One of an agency's systems: an OAuth client of the token endpoint." })
export class AgencySystem {
  @Field({ description: 'The OAuth client id, e.g. bhxh-demo.' })
  clientId: string;

  @Field()
  agencyCode: string;

  @Field()
  name: string;

  @Field(() => AgencySystemStatusValue, { description: 'Only an active system gets tokens.' })
  status: AgencySystemStatusValue;

  @Field()
  registeredBy: string;

  @Field(() => DateTimeScalar)
  registeredAt: Date;

  @Field(() => String, { nullable: true })
  approvedBy: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  approvedAt: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'While suspended: who suspended it (a different administrator must resume it).',
  })
  suspendedBy: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  suspendedAt: Date | null;

  @Field(() => DateTimeScalar)
  updatedAt: Date;

  @Field(() => [SystemKey], { description: 'Every key ever registered, active and revoked, oldest first.' })
  keys: SystemKey[];

  static fromEntity(entity: AgencySystemWithKeys): AgencySystem {
    return {
      clientId: entity.clientId,
      agencyCode: entity.agencyCode,
      name: entity.name,
      status: entity.status as AgencySystemStatusValue,
      registeredBy: entity.registeredBy,
      registeredAt: entity.registeredAt,
      approvedBy: entity.approvedBy,
      approvedAt: entity.approvedAt,
      suspendedBy: entity.suspendedBy,
      suspendedAt: entity.suspendedAt,
      updatedAt: entity.updatedAt,
      keys: entity.keys.map((key) => SystemKey.fromEntity(key)),
    };
  }
}
