import { createContext, useContext, type ReactNode } from 'react';
import type { MessageId } from '../../../i18n/catalogue';
import { useT } from '../../../i18n/locale';
import type { FieldProblem } from './enterprise-rules';

/** The problems of one form's fields, by field name, and the prefix of its ids. */
export const FormContext = createContext<{ id: string; problems: Partial<Record<string, FieldProblem>> }>({
  id: 'form',
  problems: {},
});

/** Values a problem's text needs (a limit, the enterprise's code). */
export type ProblemValues = Record<string, string | number>;

function useField(name: string, hint: MessageId | undefined) {
  const { id, problems } = useContext(FormContext);
  const fieldId = `${id}-${name}`;
  const problem = problems[name];
  const described = [hint && `${fieldId}-hint`, problem && `${fieldId}-problem`].filter(Boolean).join(' ');
  return { fieldId, problem, described: described || undefined };
}

function Described({
  fieldId,
  hint,
  problem,
  values,
}: {
  fieldId: string;
  hint?: MessageId;
  problem?: FieldProblem;
  values?: ProblemValues;
}) {
  const { t } = useT();
  return (
    <>
      {hint && (
        <p className="hint" id={`${fieldId}-hint`}>
          {t(hint)}
        </p>
      )}
      {problem && (
        <p className="field-error" id={`${fieldId}-problem`}>
          {t(`enterprises.problem.${problem}`, values)}
        </p>
      )}
    </>
  );
}

/** A labelled one-line text field with its hint and, after a refused submit, its problem. */
export function TextField({
  name,
  label,
  hint,
  maxLength,
  defaultValue,
  inputMode,
  values,
}: {
  name: string;
  label: MessageId;
  hint?: MessageId;
  maxLength?: number;
  defaultValue?: string;
  inputMode?: 'numeric' | 'text';
  values?: ProblemValues;
}) {
  const { t } = useT();
  const { fieldId, problem, described } = useField(name, hint);
  return (
    <div className="form-field">
      <label htmlFor={fieldId}>{t(label)}</label>
      <Described fieldId={fieldId} hint={hint} problem={problem} values={values} />
      <input
        id={fieldId}
        name={name}
        type="text"
        required
        maxLength={maxLength}
        defaultValue={defaultValue}
        inputMode={inputMode}
        autoComplete="off"
        aria-invalid={problem ? true : undefined}
        aria-describedby={described}
      />
    </div>
  );
}

/** A labelled <select>: the options are the caller's. */
export function SelectField({
  name,
  label,
  hint,
  children,
  values,
}: {
  name: string;
  label: MessageId;
  hint?: MessageId;
  children: ReactNode;
  values?: ProblemValues;
}) {
  const { t } = useT();
  const { fieldId, problem, described } = useField(name, hint);
  return (
    <div className="form-field">
      <label htmlFor={fieldId}>{t(label)}</label>
      <Described fieldId={fieldId} hint={hint} problem={problem} values={values} />
      <select
        id={fieldId}
        name={name}
        required
        defaultValue=""
        aria-invalid={problem ? true : undefined}
        aria-describedby={described}
      >
        {children}
      </select>
    </div>
  );
}

/** A FormData entry as the text it is (a select or input always gives a string). */
export const textOf = (data: FormData, name: string): string => {
  const value = data.get(name);
  return typeof value === 'string' ? value : '';
};
