import '../auditors.css';
import { useState } from 'react';
import { ErrorNotice, Loading } from '../../../app/notices';
import { Link, useLocation } from '../../../app/router';
import { useLoad } from '../../../app/use-load';
import type { MessageId } from '../../../i18n/catalogue';
import { useT } from '../../../i18n/locale';
import { pathParam } from '../../console-route';
import { AUDITOR_ERRORS } from '../auditor-errors';
import { AnswerForm } from './AnswerForm';
import { DisputedRecordFacts } from './DisputedRecordFacts';
import { getDispute, type FullDispute } from './disputes-api';
import { StatusBadge } from './DisputesQueuePage';
import { ReviewButton } from './ReviewButton';

/** One dispute: the entry disputed, the citizen's words, its history, and the auditor's next step. */
export function DisputePage() {
  const { t } = useT();
  const { path } = useLocation();
  const id = pathParam(path, '/console/disputes/') ?? '';
  const loaded = useLoad(() => getDispute(id), id);
  // A step's answer replaces what was loaded: it is the dispute's newest version.
  const [changed, setChanged] = useState<FullDispute | null>(null);
  const dispute = changed?.id === id ? changed : loaded.data;
  return (
    <>
      <p>
        <Link href="/console/disputes">{t('auditors.dispute.back')}</Link>
      </p>
      <h1>{t('auditors.dispute.title', { citizen: dispute?.personalIdNumber ?? '…' })}</h1>
      {loaded.state === 'failed' && <ErrorNotice error={loaded.error} own={AUDITOR_ERRORS} onRetry={loaded.reload} />}
      {!dispute && loaded.state === 'loading' && <Loading />}
      {dispute && (
        <DisputeDetail
          dispute={dispute}
          onChanged={setChanged}
          onStale={() => {
            setChanged(null);
            loaded.reload();
          }}
        />
      )}
    </>
  );
}

function DisputeDetail({
  dispute,
  onChanged,
  onStale,
}: {
  dispute: FullDispute;
  onChanged: (next: FullDispute) => void;
  onStale: () => void;
}) {
  const { t, dateTime } = useT();
  const decided = dispute.decidedAt !== null;
  return (
    <>
      <dl className="facts">
        <dt>{t('auditors.disputes.status')}</dt>
        <dd>
          <StatusBadge status={dispute.status} />
        </dd>
        <dt>{t('auditors.dispute.openedAt')}</dt>
        <dd>{dateTime(dispute.openedAt)}</dd>
        <dt>{t('auditors.dispute.version')}</dt>
        <dd>{dispute.version}</dd>
      </dl>

      <section aria-labelledby="dispute-words">
        <h2 id="dispute-words">{t('auditors.dispute.citizenWords')}</h2>
        <blockquote className="card prose">{dispute.text}</blockquote>
      </section>

      <section aria-labelledby="dispute-entry">
        <h2 id="dispute-entry">{t('auditors.dispute.entry', { seq: dispute.entrySeq })}</h2>
        {dispute.accessRecord ? (
          <DisputedRecordFacts record={dispute.accessRecord} />
        ) : (
          <p>{t('auditors.dispute.noRecord')}</p>
        )}
      </section>

      <section aria-labelledby="dispute-step">
        <h2 id="dispute-step">{decided ? t('auditors.dispute.decided') : t('auditors.dispute.nextStep')}</h2>
        {dispute.status === 'OPEN' && <ReviewButton dispute={dispute} onReviewed={onChanged} onStale={onStale} />}
        {dispute.status === 'UNDER_REVIEW' && (
          <>
            <p>
              {t('auditors.dispute.reviewedBy', {
                auditor: dispute.reviewedBy ?? '',
                time: dateTime(dispute.reviewedAt ?? dispute.openedAt),
              })}
            </p>
            <AnswerForm dispute={dispute} onAnswered={onChanged} onStale={onStale} />
          </>
        )}
        {decided && (
          <dl className="facts">
            <dt>{t('auditors.dispute.decidedBy')}</dt>
            <dd>
              {t('auditors.dispute.decidedByValue', {
                auditor: dispute.decidedBy ?? '',
                time: dateTime(dispute.decidedAt!),
              })}
            </dd>
            <dt>{t('auditors.dispute.answer')}</dt>
            <dd className="prose">{dispute.answer}</dd>
          </dl>
        )}
      </section>

      <section aria-labelledby="dispute-history">
        <h2 id="dispute-history">{t('auditors.dispute.history')}</h2>
        <ol className="plain-list">
          {dispute.history.map((version) => (
            <li key={version.version}>
              {t('auditors.dispute.historyLine', {
                version: version.version,
                status: t(`auditors.status.${version.status}` as MessageId),
                who: t(`auditors.changedBy.${version.changedByKind}` as MessageId, { id: version.changedBy }),
                time: dateTime(version.changedAt),
              })}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
