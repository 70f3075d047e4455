import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/api-error';
import { ErrorNotice } from '../../app/notices';
import type { MessageId } from '../../i18n/catalogue';
import { useT } from '../../i18n/locale';
import { ADMIN_ERRORS } from './admin-errors';
import { addKey, revokeKey, type AgencySystem, type SystemKey } from './agencies-api';
import { ConfirmDialog } from './ConfirmDialog';

const KEY_BADGE: Record<SystemKey['status'], string> = {
  ACTIVE: 'badge-ok',
  PENDING: 'badge-muted',
  REVOKED: 'badge-muted',
};

/** A system's keys, oldest first: revoke one at once; add one (pending until another administrator approves). */
export function SystemKeys({ system, onChanged }: { system: AgencySystem; onChanged: (message: string) => void }) {
  const { t, dateTime } = useT();
  const [revoking, setRevoking] = useState<SystemKey | null>(null);
  return (
    <details className="system-keys">
      <summary>{t('admin.keys.summary', { clientId: system.clientId, count: system.keys.length })}</summary>
      {system.keys.length > 0 && (
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">{t('admin.keys.caption', { clientId: system.clientId })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('admin.key.kid')}</th>
                <th scope="col">{t('admin.key.alg')}</th>
                <th scope="col">{t('admin.system.status')}</th>
                <th scope="col">{t('admin.key.added')}</th>
                <th scope="col">{t('admin.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {system.keys.map((key) => (
                <tr key={key.kid}>
                  <th scope="row">
                    <code className="admin-kid">{key.kid}</code>
                  </th>
                  <td>{key.alg}</td>
                  <td>
                    <span className={`badge admin-badge ${KEY_BADGE[key.status]}`}>
                      {t(`admin.key.status.${key.status}` as MessageId)}
                    </span>
                  </td>
                  <td>{t('admin.by', { who: key.addedBy, time: dateTime(key.addedAt) })}</td>
                  <td>
                    {key.status !== 'REVOKED' && (
                      <button type="button" className="button-danger" onClick={() => setRevoking(key)}>
                        {t('admin.keys.revoke', { kid: key.kid.slice(0, 12) })}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {system.status !== 'REVOKED' && <AddKeyForm system={system} onAdded={onChanged} />}
      {revoking && (
        <ConfirmDialog
          title={t('admin.keys.revokeTitle', { kid: revoking.kid, clientId: system.clientId })}
          confirmLabel={t('admin.keys.revokeConfirm')}
          danger
          onClose={() => setRevoking(null)}
          onConfirm={async () => {
            await revokeKey(system.clientId, revoking.kid);
            setRevoking(null);
            onChanged(t('admin.keys.revoked', { kid: revoking.kid, clientId: system.clientId }));
          }}
        >
          <p>{t('admin.keys.revokeExplain')}</p>
        </ConfirmDialog>
      )}
    </details>
  );
}

function AddKeyForm({ system, onAdded }: { system: AgencySystem; onAdded: (message: string) => void }) {
  const { t } = useT();
  const [jwk, setJwk] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const id = `admin-add-key-${system.clientId}`;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // The exchange checks the key itself (INVALID_PUBLIC_KEY, with its reason); here only that it is JSON.
    const isJson = (() => {
      try {
        return typeof JSON.parse(jwk) === 'object';
      } catch {
        return false;
      }
    })();
    setInvalid(!isJson);
    if (!isJson) return;
    setBusy(true);
    setError(null);
    try {
      await addKey(system.clientId, jwk.trim());
      setJwk('');
      onAdded(t('admin.keys.added', { clientId: system.clientId }));
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError('INTERNAL', String(caught)));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <label htmlFor={id}>{t('admin.keys.addLabel', { clientId: system.clientId })}</label>
      <p className="hint" id={`${id}-hint`}>
        {t('admin.keys.addHint')}
      </p>
      {invalid && (
        <p className="field-error" id={`${id}-problem`}>
          {t('admin.keys.notJson')}
        </p>
      )}
      <textarea
        id={id}
        value={jwk}
        spellCheck={false}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? `${id}-hint ${id}-problem` : `${id}-hint`}
        onChange={(event) => setJwk(event.target.value)}
      />
      {error && <ErrorNotice error={error} own={ADMIN_ERRORS} />}
      <div className="actions">
        <button type="submit" className="button-secondary" disabled={busy}>
          {t('admin.keys.add')}
        </button>
      </div>
    </form>
  );
}
