import { Directive, Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { CitizenEntity } from './citizen.entity';

export enum SexValue {
  MALE = 'male',
  FEMALE = 'female',
}
registerEnumType(SexValue, { name: 'Sex' });

// Every field but the key is nullable: a field the caller may not see, or a registry that
// cannot answer, becomes null with an error at its path, and the rest of the answer stands.
@ObjectType('Citizen', { description: 'A person in the national population database.' })
@Directive('@key(fields: "personalIdNumber")')
export class Citizen {
  @Field({ description: 'Personal ID number (số định danh cá nhân), 12 digits.' })
  personalIdNumber: string;

  @Field(() => String, { nullable: true, description: 'Family name (họ).' })
  familyName: string;

  @Field(() => String, { nullable: true, description: 'Middle name (chữ đệm); empty when the person has none.' })
  middleName: string;

  @Field(() => String, { nullable: true, description: 'Given name (tên).' })
  givenName: string;

  @Field(() => String, { nullable: true, description: 'Full name in Vietnamese order: family, middle, given.' })
  fullName: string;

  @Field(() => SexValue, { nullable: true })
  sex: SexValue;

  /** The one mapping point from the stored record to the contract. */
  static fromEntity(entity: CitizenEntity): Citizen {
    const citizen = new Citizen();
    citizen.personalIdNumber = entity.personalIdNumber;
    citizen.familyName = entity.familyName;
    citizen.middleName = entity.middleName;
    citizen.givenName = entity.givenName;
    citizen.fullName = [entity.familyName, entity.middleName, entity.givenName].filter(Boolean).join(' ');
    citizen.sex = entity.sex as SexValue;
    return citizen;
  }
}
