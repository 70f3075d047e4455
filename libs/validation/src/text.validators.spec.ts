import { InvalidInputError } from '@app/errors';
import { RegistryText } from './text.validators';
import { createValidationPipe } from './validation.pipe';
import { checkArgumentRules } from './argument-rules';

class Complaint {
  @RegistryText(20, { lineBreaks: true })
  text: string;
}

class Name {
  @RegistryText(20)
  text: string;
}

describe('RegistryText with line breaks (a prose text of several lines)', () => {
  const pipe = createValidationPipe();
  const validate = (metatype: typeof Complaint | typeof Name, text: string) =>
    pipe.transform({ text }, { type: 'body', metatype }).catch((error: unknown) => error);

  it('keeps tabs and line breaks, trimmed and composed to NFC', async () => {
    expect(() => checkArgumentRules({ text: 'a\nb' }, Complaint)).not.toThrow();
    const input = (await validate(Complaint, ' Tôi\n\tkhông '.normalize('NFD'))) as Complaint;
    expect(input.text).toBe('Tôi\n\tkhông'.normalize('NFC'));
  });

  it('still refuses NUL and other controls, broken Unicode, nothing, and too much', async () => {
    expect(await validate(Complaint, 'a\u0000b')).toMatchObject({ code: 'INVALID_TEXT' });
    expect(await validate(Complaint, 'a\u0007b')).toMatchObject({ code: 'INVALID_TEXT' });
    expect(await validate(Complaint, 'a\ud800b')).toMatchObject({ code: 'INVALID_TEXT' });
    expect(await validate(Complaint, ' \n ')).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await validate(Complaint, 'ạ'.repeat(21))).toBeInstanceOf(InvalidInputError);
  });

  it('refuses line breaks where the field does not allow them', async () => {
    expect(() => checkArgumentRules({ text: 'a\nb' }, Name)).toThrow(InvalidInputError);
    expect(await validate(Name, 'a\nb')).toMatchObject({ code: 'INVALID_TEXT' });
  });
});
