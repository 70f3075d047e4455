import { Link } from '../../../app/router';
import type { MessageId } from '../../../i18n/catalogue';
import { useT } from '../../../i18n/locale';
import { changeRows, parseChanges, type CurrentRecord } from './change-diff';
import { ChangeDiff } from './ChangeDiff';
import type { ChangeRequest, Decision } from './queue-api';

/** The link to a citizen's record in the console (the citizens section's page). */
export const citizenHref = (personalIdNumber: string) => `/console/citizens/${encodeURIComponent(personalIdNumber)}`;

/**
 * One pending request: whose record, what kind, the diff, who asked when and why, and the
 * decision buttons. The steward's own request cannot be approved (the four-eyes rule): the
 * button stays, disabled, with the reason beside it, so the rule is visible, not a mystery.
 */
export function ChangeRequestCard({
  request,
  record,
  mine,
  onDecide,
}: {
  request: ChangeRequest;
  record: CurrentRecord | null;
  mine: boolean;
  onDecide: (decision: Decision) => void;
}) {
  const { t, dateTime } = useT();
  const id = `request-${request.id}`;
  const changes = parseChanges(request.changes);
  const kind = t(`queue.kind.${request.kind}` as MessageId);
  const moved = record?.version != null && record.version !== request.baseVersion;
  return (
    <article className="card queue-item" aria-labelledby={`${id}-title`} data-request={request.id}>
      <h3 id={`${id}-title`}>
        {t('queue.request.title', { kind, name: record?.fullName ?? request.personalIdNumber })}{' '}
        {mine && <span className="badge badge-muted">{t('queue.request.mine')}</span>}
      </h3>
      <dl className="facts">
        <dt>{t('queue.request.citizen')}</dt>
        <dd>
          <Link href={citizenHref(request.personalIdNumber)}>{request.personalIdNumber}</Link>
          {record?.fullName && ` — ${record.fullName}`}
        </dd>
        <dt>{t('queue.request.kind')}</dt>
        <dd>{kind}</dd>
        <dt>{t('queue.request.requested')}</dt>
        <dd>
          {t('queue.request.by', { steward: request.requestedBy })}{' '}
          <time dateTime={request.requestedAt}>{dateTime(request.requestedAt)}</time>
        </dd>
        <dt>{t('queue.request.reason')}</dt>
        <dd className="prose">{request.reason}</dd>
        <dt>{t('queue.request.baseVersion')}</dt>
        <dd>{t('queue.request.version', { version: request.baseVersion })}</dd>
      </dl>
      {changes ? (
        <ChangeDiff rows={changeRows(changes, record)} caption={t('queue.diff.caption', { kind })} />
      ) : (
        <p className="notice notice-warning">{t('queue.diff.unreadable')}</p>
      )}
      {moved && (
        <p className="notice notice-warning">
          {t('queue.request.moved', { base: request.baseVersion, now: record.version ?? 0 })}
        </p>
      )}
      {mine && (
        <p className="hint" id={`${id}-mine`}>
          {t('queue.request.mineExplained')}
        </p>
      )}
      <div className="actions" role="group" aria-label={t('queue.request.decide', { kind })}>
        <button
          type="button"
          className="button-primary"
          disabled={mine}
          aria-describedby={mine ? `${id}-mine` : undefined}
          onClick={() => onDecide('approve')}
        >
          {t('queue.approve')}
        </button>
        <button type="button" className="button-danger" onClick={() => onDecide('reject')}>
          {t('queue.reject')}
        </button>
      </div>
    </article>
  );
}
