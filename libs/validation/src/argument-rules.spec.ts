import { InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsString, ValidateNested } from 'class-validator';
import { checkArgumentRules } from './argument-rules';
import { createValidationPipe } from './validation.pipe';
import { AllowsLineBreaks, NameText } from './text.validators';

class Address {
  @NameText(255)
  street: string;
}

@InputType()
class Input {
  @IsString()
  purpose: string;

  @IsString()
  @AllowsLineBreaks()
  jwk: string;

  @ValidateNested()
  @Type(() => Address)
  address: Address;
}

const failure = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
};

describe('the rules every argument obeys', () => {
  const good = { purpose: 'TAX', jwk: '{\n  "kty": "OKP"\n}', address: { street: 'phố Huế' } };

  it('passes ordinary text, and line breaks only where a field allows them', () => {
    expect(failure(() => checkArgumentRules(good, Input))).toBeUndefined();
    expect(failure(() => checkArgumentRules({ ...good, purpose: 'TAX\n' }, Input))).toMatchObject({
      code: 'INVALID_TEXT',
      field: 'purpose',
    });
  });

  it.each([
    ['a NUL in a plain string argument', { ...good, purpose: 'TAX\u0000' }, 'purpose'],
    ['a NUL in a structured one', { ...good, jwk: '{\u0000}' }, 'jwk'],
    ['broken Unicode deep in an input', { ...good, address: { street: 'ph\ud800' } }, 'address.street'],
    ['a control character in a list', { ...good, tags: ['a', 'b\u0007'] }, 'tags.1'],
  ])('refuses %s with INVALID_TEXT naming it', (_case, value, field) => {
    expect(failure(() => checkArgumentRules(value, Input))).toMatchObject({ code: 'INVALID_TEXT', field });
  });

  it('refuses an invalid Date (an impossible DateTime) with INVALID_DATE naming it', () => {
    expect(failure(() => checkArgumentRules({ from: new Date(Number.NaN) }, Input))).toMatchObject({
      code: 'INVALID_DATE',
      field: 'from',
    });
  });

  it('is applied by the validation pipe to GraphQL arguments, before the fields’ own rules', async () => {
    const pipe = createValidationPipe();
    const error = await pipe
      .transform({ ...good, purpose: '\u0000' }, { type: 'body', metatype: Input })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'INVALID_TEXT', field: 'purpose' });
    const single = await pipe
      .transform('x\u0000', { type: 'body', metatype: String, data: 'purpose' })
      .catch((e: unknown) => e);
    expect(single).toMatchObject({ code: 'INVALID_TEXT', field: 'purpose' });
  });

  it('refuses invisible and bidirectional characters in names and addresses with INVALID_CHARACTERS', async () => {
    const pipe = createValidationPipe();
    for (const char of ['\u202E', '\u200B', '\u200D', '\uFEFF', '\u2066', '\u00A0', '\u3164']) {
      const error = await pipe
        .transform({ ...good, address: { street: `phố${char}Huế` } }, { type: 'body', metatype: Input })
        .catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'INVALID_CHARACTERS', field: 'address.street' });
    }
    // Decomposed Vietnamese (combining marks) is text, composed to NFC.
    const input = (await pipe.transform(
      { ...good, address: { street: 'Ngõ Huyện'.normalize('NFD') } },
      { type: 'body', metatype: Input },
    )) as Input;
    expect(input.address.street).toBe('Ngõ Huyện'.normalize('NFC'));
  });
});
