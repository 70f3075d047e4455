import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/api-error';
import { ErrorNotice } from '../../app/notices';
import type { MessageId } from '../../i18n/catalogue';
import { useT } from '../../i18n/locale';
import { ADMIN_ERRORS } from './admin-errors';
import { CLIENT_ID_PATTERN, registerSystem, type Agency } from './agencies-api';

type Field = 'clientId' | 'name' | 'key';

/**
 * Registers a new system of the agency with its public key, checked as the exchange checks the
 * input (client id pattern, a name of 1 to 255 characters on one line, the key as JSON); the
 * key itself is judged by the server (INVALID_PUBLIC_KEY). A second administrator approves it.
 */
export function RegisterSystemForm({
  agency,
  onRegistered,
}: {
  agency: Agency;
  onRegistered: (message: string) => void;
}) {
  const { t } = useT();
  const [values, setValues] = useState<Record<Field, string>>({ clientId: '', name: '', key: '' });
  const [problems, setProblems] = useState<Partial<Record<Field, MessageId>>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const id = (field: Field) => `admin-register-${agency.code}-${field}`;
  const check = (): Partial<Record<Field, MessageId>> => {
    const found: Partial<Record<Field, MessageId>> = {};
    if (!CLIENT_ID_PATTERN.test(values.clientId)) found.clientId = 'admin.register.clientIdRule';
    const name = values.name.trim();
    // eslint-disable-next-line no-control-regex
    if (name === '' || name.length > 255 || /[\u0000-\u001f\u007f-\u009f]/.test(name))
      found.name = 'admin.register.nameRule';
    try {
      if (typeof JSON.parse(values.key) !== 'object') found.key = 'admin.keys.notJson';
    } catch {
      found.key = 'admin.keys.notJson';
    }
    return found;
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = check();
    setProblems(found);
    setError(null);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      await registerSystem({
        agencyCode: agency.code,
        clientId: values.clientId,
        name: values.name.trim(),
        keys: [values.key.trim()],
      });
      setValues({ clientId: '', name: '', key: '' });
      onRegistered(t('admin.register.done', { clientId: values.clientId }));
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError('INTERNAL', String(caught)));
    } finally {
      setBusy(false);
    }
  };
  const field = (name: Field, hint: MessageId, multiline = false) => {
    const props = {
      id: id(name),
      value: values[name],
      spellCheck: multiline ? false : undefined,
      'aria-invalid': problems[name] ? true : undefined,
      'aria-describedby': [`${id(name)}-hint`, problems[name] ? `${id(name)}-problem` : ''].join(' ').trim(),
      onChange: (event: { target: { value: string } }) => setValues({ ...values, [name]: event.target.value }),
    };
    return (
      <div>
        <label htmlFor={id(name)}>{t(`admin.register.${name}`)}</label>
        <p className="hint" id={`${id(name)}-hint`}>
          {t(hint)}
        </p>
        {problems[name] && (
          <p className="field-error" id={`${id(name)}-problem`}>
            {t(problems[name])}
          </p>
        )}
        {multiline ? <textarea {...props} /> : <input type="text" {...props} />}
      </div>
    );
  };
  return (
    <details>
      <summary>{t('admin.register.summary', { agency: agency.code })}</summary>
      <form onSubmit={(event) => void submit(event)} noValidate>
        {field('clientId', 'admin.register.clientIdHint')}
        {field('name', 'admin.register.nameHint')}
        {field('key', 'admin.keys.addHint', true)}
        {error && <ErrorNotice error={error} own={ADMIN_ERRORS} />}
        <div className="actions">
          <button type="submit" className="button-secondary" disabled={busy}>
            {t('admin.register.submit')}
          </button>
        </div>
      </form>
    </details>
  );
}
