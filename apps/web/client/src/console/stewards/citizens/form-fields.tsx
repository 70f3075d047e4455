import type { ReactNode } from 'react';
import type { MessageId } from '../../../i18n/catalogue';
import { useT } from '../../../i18n/locale';
import type { Problem } from './correction-rules';

export interface FieldProps {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  problems: Problem[];
  hint?: string;
}

/** A labelled control with its hint and, when the rules refuse it, the reason tied to it. */
function Labelled({
  name,
  label,
  hint,
  problems,
  control,
}: Omit<FieldProps, 'value' | 'onChange'> & { control: (aria: object) => ReactNode }) {
  const { t } = useT();
  const problem = problems.find((candidate) => candidate.field === name);
  const described = [hint && `correct-${name}-hint`, problem && `correct-${name}-error`].filter(Boolean).join(' ');
  return (
    <div className="form-field">
      <label htmlFor={`correct-${name}`}>{label}</label>
      {hint && (
        <p className="hint" id={`correct-${name}-hint`}>
          {hint}
        </p>
      )}
      {control({
        id: `correct-${name}`,
        'aria-invalid': problem ? true : undefined,
        'aria-describedby': described || undefined,
      })}
      {problem && (
        <p className="field-error" id={`correct-${name}-error`} role="alert">
          {t(`citizens.problem.${problem.code}` as MessageId, { max: problem.max ?? 0 })}
        </p>
      )}
    </div>
  );
}

export function TextInput({
  type = 'text',
  multiline = false,
  ...props
}: FieldProps & { type?: string; multiline?: boolean }) {
  return (
    <Labelled
      {...props}
      control={(aria) =>
        multiline ? (
          <textarea
            {...aria}
            name={props.name}
            rows={3}
            value={props.value}
            onChange={(e) => props.onChange(e.target.value)}
          />
        ) : (
          <input
            {...aria}
            name={props.name}
            type={type}
            value={props.value}
            onChange={(e) => props.onChange(e.target.value)}
          />
        )
      }
    />
  );
}

export function SelectInput({ options, ...props }: FieldProps & { options: { value: string; label: string }[] }) {
  const { t } = useT();
  // A code the record holds that the list no longer has stays choosable, shown as the code.
  const known = props.value === '' || options.some((option) => option.value === props.value);
  return (
    <Labelled
      {...props}
      control={(aria) => (
        <select {...aria} name={props.name} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
          <option value="">{t('citizens.correct.none')}</option>
          {!known && <option value={props.value}>{props.value}</option>}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    />
  );
}
