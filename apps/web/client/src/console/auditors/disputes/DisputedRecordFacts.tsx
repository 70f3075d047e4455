import { useT } from '../../../i18n/locale';
import { basisText, categoryText } from '../../../pages/tracker/entry-text';
import type { DisputedRecord } from './disputes-api';

/** The disputed access record in full, as the log holds it: who read, for what, on what basis. */
export function DisputedRecordFacts({ record }: { record: DisputedRecord }) {
  const { t, dateTime } = useT();
  const none = t('auditors.none');
  return (
    <dl className="facts">
      <dt>{t('auditors.record.time')}</dt>
      <dd>{dateTime(record.time)}</dd>
      <dt>{t('auditors.record.outcome')}</dt>
      <dd>{t(record.outcome === 'RELEASED' ? 'auditors.outcome.RELEASED' : 'auditors.outcome.REFUSED')}</dd>
      <dt>{t('auditors.record.reader')}</dt>
      <dd>
        {record.agencyName ?? record.agencyCode ?? none}
        {record.agencyCode && record.agencyName ? ` (${record.agencyCode})` : ''}
      </dd>
      <dt>{t('auditors.record.caller')}</dt>
      <dd>
        {record.callerKind}: {record.callerId}
      </dd>
      <dt>{t('auditors.record.officer')}</dt>
      <dd>{record.officerId ?? none}</dd>
      <dt>{t('auditors.record.case')}</dt>
      <dd>{record.caseReference ?? none}</dd>
      <dt>{t('auditors.record.purpose')}</dt>
      <dd>{record.purpose ?? none}</dd>
      <dt>{t('auditors.record.bases')}</dt>
      <dd>
        <ul className="plain-list">
          {record.bases.map((basis) => (
            <li key={basis.category}>
              {categoryText(t, basis.category, basis.categoryTextVi)}: {basisText(t, basis)}
              {basis.reason ? ` — ${basis.reason}` : ''}
            </li>
          ))}
        </ul>
      </dd>
      <dt>{t('auditors.record.fields')}</dt>
      <dd>{record.fields.join(', ') || none}</dd>
      {record.sealedUntil && (
        <>
          <dt>{t('auditors.record.sealedUntil')}</dt>
          <dd>{dateTime(record.sealedUntil)}</dd>
        </>
      )}
      <dt>{t('auditors.record.request')}</dt>
      <dd>
        <code>{record.requestId}</code> ({record.recordedBy}){record.bulk ? `, ${t('auditors.record.bulk')}` : ''}
      </dd>
    </dl>
  );
}
