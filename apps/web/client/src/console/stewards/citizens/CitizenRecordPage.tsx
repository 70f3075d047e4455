import { useCallback, useState } from 'react';
import { ErrorNotice, Loading } from '../../../app/notices';
import { Link, useLocation } from '../../../app/router';
import { useLoad } from '../../../app/use-load';
import { useT } from '../../../i18n/locale';
import { AsOfForm } from './AsOfForm';
import { loadCitizen } from './citizen-api';
import { SEARCH_PATH, personalIdNumberOf } from './citizen-paths';
import { CorrectionPanel } from './CorrectionPanel';
import { RecordView } from './RecordView';
import type { Outcome } from './submit-correction';
import { VersionDiff } from './VersionDiff';
import { VersionHistory } from './VersionHistory';
import './citizens.css';

/**
 * One citizen's record for a steward: every field, grouped; its versions, any two compared;
 * the record as known at a past time; and the correction, based on the version shown.
 */
export function CitizenRecordPage() {
  const { t, dateTime } = useT();
  const { path, query } = useLocation();
  const personalIdNumber = personalIdNumberOf(path) ?? '';
  const asOf = query.get('asOf');
  const [saved, setSaved] = useState<Extract<Outcome, { kind: 'done' }> | null>(null);
  const [loads, setLoads] = useState(0);
  const load = useCallback(() => loadCitizen(personalIdNumber, asOf), [personalIdNumber, asOf]);
  const record = useLoad(load, `${personalIdNumber}|${asOf ?? ''}|${loads}`);
  const citizen = record.data ?? null;
  const onDone = (outcome: Extract<Outcome, { kind: 'done' }>) => {
    setSaved(outcome);
    setLoads((n) => n + 1);
  };
  return (
    <>
      <h1>
        {citizen?.fullName
          ? t('citizens.record.title', { name: citizen.fullName })
          : t('citizens.record.titleUnknown', { personalIdNumber })}
      </h1>
      <p>
        <Link href={SEARCH_PATH}>{t('citizens.record.back')}</Link>
      </p>
      <dl className="facts">
        <dt>{t('citizens.col.personalIdNumber')}</dt>
        <dd data-field="personalIdNumber">{personalIdNumber}</dd>
      </dl>
      <AsOfForm asOf={asOf} />
      {asOf && (
        <p className="notice notice-warning" data-as-of>
          {t('citizens.asOf.showing', { at: dateTime(asOf) })}
        </p>
      )}
      {record.state === 'failed' && (
        <ErrorNotice
          error={record.error}
          own={{ CITIZEN_NOT_FOUND: asOf ? 'citizens.record.notFoundAsOf' : 'citizens.error.CITIZEN_NOT_FOUND' }}
          onRetry={record.reload}
        />
      )}
      {record.state === 'loading' && !citizen && <Loading />}
      {record.state === 'ready' && !citizen && (
        <p className="notice notice-error" role="alert">
          {t('citizens.record.notFound', { personalIdNumber })}
        </p>
      )}
      {saved && (
        <div className="notice notice-success" role="status" data-saved>
          {saved.version !== null && <p>{t('citizens.correct.saved', { version: saved.version })}</p>}
          {saved.requests.map((request) => (
            <p key={request.id}>
              {t(request.kind === 'identity' ? 'citizens.correct.requested' : 'citizens.correct.requestedVital', {
                id: request.id,
              })}
            </p>
          ))}
        </div>
      )}
      {citizen && record.state !== 'failed' && (
        <>
          {citizen.mergedFrom && (
            <p className="notice notice-warning">
              {t('citizens.record.mergedFrom', { mergedFrom: citizen.mergedFrom })}
            </p>
          )}
          {citizen.version !== null && citizen.updatedAt && (
            <p data-version={citizen.version}>
              {t('citizens.record.version', { version: citizen.version, at: dateTime(citizen.updatedAt) })}
            </p>
          )}
          {!asOf && <CorrectionPanel key={citizen.version} record={citizen} onDone={onDone} />}
          <RecordView record={citizen} />
          {citizen.history && citizen.history.length > 0 && (
            <>
              <VersionHistory personalIdNumber={personalIdNumber} history={citizen.history} />
              {citizen.history.length > 1 && <VersionDiff key={citizen.history.length} history={citizen.history} />}
            </>
          )}
        </>
      )}
    </>
  );
}
