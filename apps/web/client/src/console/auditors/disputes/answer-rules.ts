/** The answer the citizen reads: as AnswerAccessDisputeInput.answer (RegistryText 2000, line breaks). */
export const MAX_ANSWER = 2000;

export type AnswerProblem = 'empty' | 'tooLong' | 'invalidText';

/** Controls other than tab and line breaks: the server refuses them (INVALID_TEXT). */
const CONTROLS = /(?![\t\n\r])\p{Cc}/u;

/**
 * The server's rules for the answer, checked before sending so the auditor hears of a mistake
 * at once: it trims and composes (NFC) the text, then refuses broken Unicode or controls
 * (INVALID_TEXT), nothing left, or more than 2000 characters. Null: the server would take it.
 */
export function answerProblem(value: string): AnswerProblem | null {
  if (!value.isWellFormed() || CONTROLS.test(value)) return 'invalidText';
  const clean = value.normalize('NFC').trim();
  if (clean.length === 0) return 'empty';
  if (clean.length > MAX_ANSWER) return 'tooLong';
  return null;
}

/** The text as the server stores it. */
export const cleanAnswer = (value: string): string => value.normalize('NFC').trim();
