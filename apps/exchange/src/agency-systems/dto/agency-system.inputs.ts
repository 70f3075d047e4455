import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { AGENCY_CODE_PATTERN } from '@app/auth';
import { AllowsLineBreaks, RegistryText } from '@app/validation';
import { CLIENT_ID_PATTERN } from '@app/access';
import { KID_PATTERN, MAX_KEYS_PER_SUBMISSION } from '../public-key';

/** A JWK or a JWK set is a few hundred bytes; this leaves room without inviting megabytes. */
const MAX_KEY_TEXT = 16_384;
const CLIENT_ID_RULE = { message: 'must be 3–128 lower-case letters, digits, dots, hyphens or underscores' };
const AGENCY_CODE_RULE = { message: 'must be an agency code such as BHXH or BTC-CT-HN' };

@InputType('RegisterAgencySystemInput')
export class RegisterAgencySystemInput {
  @Field({ description: 'The agency the system belongs to.' })
  @Matches(AGENCY_CODE_PATTERN, AGENCY_CODE_RULE)
  agencyCode: string;

  @Field({ description: 'The OAuth client id to give it, e.g. bhxh-enrolment.' })
  @Matches(CLIENT_ID_PATTERN, CLIENT_ID_RULE)
  clientId: string;

  @Field({ description: 'What the system is, for administrators.' })
  @RegistryText(255)
  name: string;

  @Field(() => [String], {
    description:
      'Public keys, each a JWK or a JWK set ({"keys": [...]}) in JSON: Ed25519 or P-256 only. A key without kid is named by its RFC 7638 thumbprint.',
  })
  @ArrayMinSize(1, { message: 'must hold at least one public key' })
  @ArrayMaxSize(MAX_KEYS_PER_SUBMISSION)
  @IsString({ each: true })
  @MaxLength(MAX_KEY_TEXT, { each: true })
  @AllowsLineBreaks()
  keys: string[];
}

@InputType('AgencySystemInput')
export class AgencySystemInput {
  @Field()
  @Matches(CLIENT_ID_PATTERN, CLIENT_ID_RULE)
  clientId: string;
}

@InputType('AddSystemKeyInput')
export class AddSystemKeyInput {
  @Field()
  @Matches(CLIENT_ID_PATTERN, CLIENT_ID_RULE)
  clientId: string;

  @Field({ description: 'The new public key: a JWK (or a JWK set) in JSON, Ed25519 or P-256.' })
  @IsString()
  @MaxLength(MAX_KEY_TEXT)
  @AllowsLineBreaks()
  jwk: string;
}

@InputType('RevokeSystemKeyInput')
export class RevokeSystemKeyInput {
  @Field()
  @Matches(CLIENT_ID_PATTERN, CLIENT_ID_RULE)
  clientId: string;

  @Field()
  @Matches(KID_PATTERN, { message: 'must be the kid of one of the system’s keys' })
  kid: string;
}

@InputType('ApproveSystemKeyInput')
export class ApproveSystemKeyInput extends RevokeSystemKeyInput {}

@ArgsType()
export class AgencySystemsArgs {
  @Field(() => String, {
    nullable: true,
    description: "Whose systems; omitted: an agency caller's own, or every agency's for administrators.",
  })
  @IsOptional()
  @Matches(AGENCY_CODE_PATTERN, AGENCY_CODE_RULE)
  agencyCode?: string | null;
}
