/**
 * A reason or note as the population registry takes it (RegistryText(500) in
 * apps/population/src: trimmed, NFC, no control characters, at most 500 characters). A line
 * break typed in the box would be refused as a control character, so it becomes a space.
 */
export const NOTE_MAX = 500;

export type NoteProblem = 'empty' | 'tooLong' | 'invalid';

export function cleanNote(text: string): string {
  return text
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .normalize('NFC')
    .trim();
}

/** Why the note cannot be sent, or null; an optional note may be empty. */
export function noteProblem(text: string, { required }: { required: boolean }): NoteProblem | null {
  if (!text.isWellFormed() || /\p{Cc}/u.test(text)) return 'invalid';
  if (text === '') return required ? 'empty' : null;
  if (text.length > NOTE_MAX) return 'tooLong';
  return null;
}
