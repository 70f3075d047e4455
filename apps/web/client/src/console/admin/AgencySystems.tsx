import { useState } from 'react';
import type { MessageId } from '../../i18n/catalogue';
import { useT } from '../../i18n/locale';
import { useStaff } from '../staff-session';
import { isSameOperator } from './admin-errors';
import { approveSystem, suspendSystem, type Agency, type AgencySystem } from './agencies-api';
import { ConfirmDialog } from './ConfirmDialog';
import { RegisterSystemForm } from './RegisterSystemForm';
import { SystemKeys } from './SystemKeys';

const STATUS_BADGE: Record<AgencySystem['status'], string> = {
  ACTIVE: 'badge-ok',
  PENDING: 'badge-muted',
  SUSPENDED: 'badge-danger',
  REVOKED: 'badge-muted',
};

type Pending = { action: 'suspend' | 'resume'; system: AgencySystem } | null;

/** One agency and its systems, each with its status and keys; suspend one at once, resume (by another). */
export function AgencySystems({
  agency,
  systems,
  onChanged,
}: {
  agency: Agency;
  systems: AgencySystem[];
  onChanged: (message: string) => void;
}) {
  const { t, dateTime } = useT();
  const staff = useStaff();
  const [asking, setAsking] = useState<Pending>(null);
  const headingId = `admin-agency-${agency.code}`;
  const count = (system: AgencySystem, status: string) => system.keys.filter((key) => key.status === status).length;
  return (
    <section aria-labelledby={headingId} className="card">
      <h3 id={headingId}>
        {agency.nameVi} <code>{agency.code}</code>
      </h3>
      <p className="muted">
        {t(`admin.agency.level.${agency.level}` as MessageId)} ·{' '}
        {t(`admin.agency.status.${agency.status}` as MessageId)}
        {agency.parentCode && <> · {t('admin.agency.parent', { code: agency.parentCode })}</>}
      </p>
      {systems.length === 0 ? (
        <p>{t('admin.systems.none')}</p>
      ) : (
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">{t('admin.systems.caption', { agency: agency.code })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('admin.system.clientId')}</th>
                <th scope="col">{t('admin.system.name')}</th>
                <th scope="col">{t('admin.system.status')}</th>
                <th scope="col">{t('admin.system.keys')}</th>
                <th scope="col">{t('admin.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {systems.map((system) => {
                const ownSuspension = isSameOperator(system.suspendedBy, staff.id);
                const note = `admin-own-suspension-${system.clientId}`;
                return (
                  <tr key={system.clientId}>
                    <th scope="row">
                      <code>{system.clientId}</code>
                    </th>
                    <td>{system.name}</td>
                    <td>
                      <span className={`badge admin-badge ${STATUS_BADGE[system.status]}`}>
                        {t(`admin.system.status.${system.status}` as MessageId)}
                      </span>
                      {system.status === 'SUSPENDED' && system.suspendedBy && system.suspendedAt && (
                        <p className="hint">
                          {t('admin.by', { who: system.suspendedBy, time: dateTime(system.suspendedAt) })}
                        </p>
                      )}
                    </td>
                    <td>
                      {t('admin.system.keyCounts', {
                        active: count(system, 'ACTIVE'),
                        pending: count(system, 'PENDING'),
                        revoked: count(system, 'REVOKED'),
                      })}
                    </td>
                    <td>
                      {(system.status === 'ACTIVE' || system.status === 'PENDING') && (
                        <button
                          type="button"
                          className="button-danger"
                          onClick={() => setAsking({ action: 'suspend', system })}
                        >
                          {t('admin.system.suspend', { clientId: system.clientId })}
                        </button>
                      )}
                      {system.status === 'SUSPENDED' && (
                        <>
                          <button
                            type="button"
                            className="button-secondary"
                            disabled={ownSuspension}
                            aria-describedby={ownSuspension ? note : undefined}
                            onClick={() => setAsking({ action: 'resume', system })}
                          >
                            {t('admin.system.resume', { clientId: system.clientId })}
                          </button>
                          {ownSuspension && (
                            <p className="hint" id={note}>
                              {t('admin.system.ownSuspension')}
                            </p>
                          )}
                        </>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {systems.map((system) => (
        <SystemKeys key={system.clientId} system={system} onChanged={onChanged} />
      ))}
      <RegisterSystemForm agency={agency} onRegistered={onChanged} />
      {asking && (
        <ConfirmDialog
          title={t(`admin.system.${asking.action}.title`, { clientId: asking.system.clientId })}
          confirmLabel={t(`admin.system.${asking.action}.confirm`)}
          danger={asking.action === 'suspend'}
          onClose={() => setAsking(null)}
          onConfirm={async () => {
            const { clientId } = asking.system;
            await (asking.action === 'suspend' ? suspendSystem(clientId) : approveSystem(clientId));
            setAsking(null);
            onChanged(t(`admin.system.${asking.action}.done`, { clientId }));
          }}
        >
          <p>{t(`admin.system.${asking.action}.explain`)}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
