import { useCallback } from 'react';
import type { MessageId } from '../../../i18n/catalogue';
import { useT } from '../../../i18n/locale';
import type { CodeWords } from './record-fields';

/** The record's codes (the schema's enums: sex, marital and vital status, relations) in the steward's language. */
export function useCodeWords(): CodeWords {
  const { t } = useT();
  return useCallback<CodeWords>((kind, code) => t(`citizens.${kind}.${code}` as MessageId), [t]);
}
