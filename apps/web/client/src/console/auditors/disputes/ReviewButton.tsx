import { useState } from 'react';
import { ApiError } from '../../../api/api-error';
import { ErrorNotice } from '../../../app/notices';
import { useT } from '../../../i18n/locale';
import { AUDITOR_ERRORS } from '../auditor-errors';
import { reviewDispute, type FullDispute } from './disputes-api';

/** The API's first step: an auditor takes an OPEN dispute up (UNDER_REVIEW) before deciding it. */
export function ReviewButton({
  dispute,
  onReviewed,
  onStale,
}: {
  dispute: FullDispute;
  onReviewed: (next: FullDispute) => void;
  onStale: () => void;
}) {
  const { t } = useT();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const review = async () => {
    setBusy(true);
    setError(null);
    try {
      onReviewed(await reviewDispute(dispute.id, dispute.version));
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError('INTERNAL', String(caught)));
      setBusy(false);
    }
  };
  return (
    <>
      <p>{t('auditors.dispute.reviewHint')}</p>
      <p className="actions">
        <button type="button" className="button-primary" disabled={busy} onClick={() => void review()}>
          {t('auditors.dispute.review')}
        </button>
      </p>
      {error && (
        <ErrorNotice
          error={error}
          own={AUDITOR_ERRORS}
          onRetry={error.code === 'STALE_VERSION' ? onStale : undefined}
        />
      )}
    </>
  );
}
