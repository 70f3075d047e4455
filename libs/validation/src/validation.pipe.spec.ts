import { Type } from 'class-transformer';
import { IsInt, Matches, Max, ValidateNested } from 'class-validator';
import { InvalidInputError } from '@app/errors';
import { createValidationPipe } from './validation.pipe';

class Address {
  @Matches(/^\d{5}$/, { message: 'must be a 5-digit commune code' })
  communeCode: string;
}

class RegisterInput {
  @IsInt()
  @Max(100)
  first: number;

  @ValidateNested()
  @Type(() => Address)
  address: Address;
}

describe('createValidationPipe', () => {
  const pipe = createValidationPipe();
  const validate = (value: unknown) => pipe.transform(value, { type: 'body', metatype: RegisterInput });

  it('passes valid input through, as an instance of the input class', async () => {
    const input = await validate({ first: 5, address: { communeCode: '00004' } });
    expect(input).toBeInstanceOf(RegisterInput);
  });

  it('fails with BAD_USER_INPUT naming the first bad field', async () => {
    const error = await validate({ first: 500, address: { communeCode: '00004' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(error).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'first',
      message: 'first: first must not be greater than 100',
    });
  });

  it('names nested fields by their path', async () => {
    const error = (await validate({ first: 1, address: { communeCode: 'x' } }).catch(
      (e: unknown) => e,
    )) as InvalidInputError;
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(error.field).toBe('address.communeCode');
    expect(error.code).toBe('BAD_USER_INPUT');
  });

  it('refuses fields it does not know', async () => {
    const error = (await validate({ first: 1, address: { communeCode: '00004' }, admin: true }).catch(
      (e: unknown) => e,
    )) as InvalidInputError;
    expect(error.field).toBe('admin');
  });
});
