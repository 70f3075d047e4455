import type { CitizenEntity } from './citizen.entity';
import { Citizen, SexValue } from './citizen.model';

const entity = (names: Partial<CitizenEntity>) =>
  ({
    personalIdNumber: '001085012345',
    familyName: 'Nguyễn',
    middleName: 'Văn',
    givenName: 'An',
    sex: 'male',
    ...names,
  }) as CitizenEntity;

describe('Citizen.fromEntity', () => {
  it('writes the full name in Vietnamese order', () => {
    expect(Citizen.fromEntity(entity({})).fullName).toBe('Nguyễn Văn An');
  });

  it('leaves no double space when there is no middle name', () => {
    expect(Citizen.fromEntity(entity({ middleName: '' })).fullName).toBe('Nguyễn An');
  });

  it('maps the stored sex to the enum', () => {
    expect(Citizen.fromEntity(entity({ sex: 'female' })).sex).toBe(SexValue.FEMALE);
  });
});
