import { useState, type ReactNode } from 'react';
import { ApiError } from '../../api/api-error';
import { ErrorNotice } from '../../app/notices';
import { useT } from '../../i18n/locale';
import { useStaff } from '../staff-session';
import { ADMIN_ERRORS, isSameOperator } from './admin-errors';
import { approveKey, approveSystem, type AgencySystem } from './agencies-api';

/**
 * What waits for a second administrator: systems registered and keys added by someone. The
 * one who registered or added cannot approve (the exchange refuses, SELF_APPROVAL_FORBIDDEN):
 * their button is disabled, with the reason beside it.
 */
export function PendingApprovals({
  systems,
  onChanged,
}: {
  systems: AgencySystem[];
  onChanged: (message: string) => void;
}) {
  const { t, dateTime } = useT();
  const staff = useStaff();
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const pendingSystems = systems.filter((system) => system.status === 'PENDING');
  const pendingKeys = systems.flatMap((system) =>
    system.keys.filter((key) => key.status === 'PENDING').map((key) => ({ ...key, system })),
  );
  const act = async (id: string, action: () => Promise<unknown>, message: string) => {
    setBusy(id);
    setError(null);
    try {
      await action();
      onChanged(message);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError('INTERNAL', String(caught)));
    } finally {
      setBusy(null);
    }
  };
  return (
    <section aria-labelledby="admin-pending">
      <h2 id="admin-pending">{t('admin.pending.title')}</h2>
      {error && <ErrorNotice error={error} own={ADMIN_ERRORS} />}
      {pendingSystems.length === 0 && pendingKeys.length === 0 && <p>{t('admin.pending.none')}</p>}
      {pendingSystems.length > 0 && (
        <div className="table-scroll">
          <table>
            <caption>{t('admin.pending.systems')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('admin.system.clientId')}</th>
                <th scope="col">{t('admin.system.agency')}</th>
                <th scope="col">{t('admin.system.name')}</th>
                <th scope="col">{t('admin.system.registered')}</th>
                <th scope="col">{t('admin.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {pendingSystems.map((system) => {
                const own = isSameOperator(system.registeredBy, staff.id);
                const note = `admin-own-system-${system.clientId}`;
                return (
                  <tr key={system.clientId}>
                    <th scope="row">
                      <code>{system.clientId}</code>
                    </th>
                    <td>{system.agencyCode}</td>
                    <td>{system.name}</td>
                    <td>{t('admin.by', { who: system.registeredBy, time: dateTime(system.registeredAt) })}</td>
                    <td>
                      <SecondApproval
                        own={own}
                        noteId={note}
                        ownHint={t('admin.pending.ownSystem')}
                        disabled={busy !== null}
                        onApprove={() =>
                          void act(
                            system.clientId,
                            () => approveSystem(system.clientId),
                            t('admin.pending.systemApproved', { clientId: system.clientId }),
                          )
                        }
                      >
                        {t('admin.pending.approveSystem', { clientId: system.clientId })}
                      </SecondApproval>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {pendingKeys.length > 0 && (
        <div className="table-scroll">
          <table>
            <caption>{t('admin.pending.keys')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('admin.key.kid')}</th>
                <th scope="col">{t('admin.key.system')}</th>
                <th scope="col">{t('admin.key.alg')}</th>
                <th scope="col">{t('admin.key.added')}</th>
                <th scope="col">{t('admin.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {pendingKeys.map((key) => {
                const own = isSameOperator(key.addedBy, staff.id);
                const note = `admin-own-key-${key.clientId}-${key.kid}`;
                return (
                  <tr key={`${key.clientId}/${key.kid}`}>
                    <th scope="row">
                      <code className="admin-kid">{key.kid}</code>
                    </th>
                    <td>
                      <code>{key.clientId}</code> ({key.system.agencyCode})
                    </td>
                    <td>{key.alg}</td>
                    <td>{t('admin.by', { who: key.addedBy, time: dateTime(key.addedAt) })}</td>
                    <td>
                      <SecondApproval
                        own={own}
                        noteId={note}
                        ownHint={t('admin.pending.ownKey')}
                        disabled={busy !== null}
                        onApprove={() =>
                          void act(
                            `${key.clientId}/${key.kid}`,
                            () => approveKey(key.clientId, key.kid),
                            t('admin.pending.keyApproved', { kid: key.kid, clientId: key.clientId }),
                          )
                        }
                      >
                        {t('admin.pending.approveKey', { clientId: key.clientId })}
                      </SecondApproval>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** A second administrator's approve button; for the one who asked, disabled with the reason beside it. */
function SecondApproval({
  own,
  noteId,
  ownHint,
  disabled,
  onApprove,
  children,
}: {
  own: boolean;
  noteId: string;
  ownHint: string;
  disabled: boolean;
  onApprove: () => void;
  children: ReactNode;
}) {
  return (
    <>
      <button
        type="button"
        className="button-primary"
        disabled={own || disabled}
        aria-describedby={own ? noteId : undefined}
        onClick={onApprove}
      >
        {children}
      </button>
      {own && (
        <p className="hint" id={noteId}>
          {ownHint}
        </p>
      )}
    </>
  );
}
