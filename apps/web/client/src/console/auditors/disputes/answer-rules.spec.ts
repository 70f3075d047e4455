import { describe, expect, it } from '@jest/globals';
import { answerProblem, cleanAnswer, MAX_ANSWER } from './answer-rules';

describe('the answer to a dispute, checked as the server checks it', () => {
  it('takes prose of several lines', () => {
    expect(answerProblem('Lượt đọc này có căn cứ:\n\tNghị định 70/2024/NĐ-CP.')).toBeNull();
  });

  it('refuses nothing, or only spaces', () => {
    expect(answerProblem('')).toBe('empty');
    expect(answerProblem('  \n ')).toBe('empty');
  });

  it('counts the length after trimming and composing, as the server stores it', () => {
    expect(answerProblem(` ${'a'.repeat(MAX_ANSWER)} `)).toBeNull();
    expect(answerProblem('a'.repeat(MAX_ANSWER + 1))).toBe('tooLong');
    // "ệ" typed as e + two combining marks is one character once composed.
    expect(answerProblem('e\u0323\u0302'.repeat(MAX_ANSWER))).toBeNull();
    expect(cleanAnswer(' e\u0323\u0302 ')).toBe('ệ');
  });

  it('refuses control characters and broken Unicode (INVALID_TEXT)', () => {
    expect(answerProblem('a\u0000b')).toBe('invalidText');
    expect(answerProblem('a\u0007')).toBe('invalidText');
    expect(answerProblem('\uD800')).toBe('invalidText');
  });
});
