import { useState } from 'react';
import { ApiError } from '../../api/api-error';
import { ErrorNotice } from '../../app/notices';
import { useT } from '../../i18n/locale';
import { useStaff } from '../staff-session';
import { ADMIN_ERRORS, isSameOperator } from './admin-errors';
import { decideAgreement, type Agreement } from './agreements-api';
import { ConfirmDialog } from './ConfirmDialog';

/**
 * Approve or reject a proposed version: a second administrator's decision. Its proposer sees
 * both buttons disabled, with the reason; the exchange refuses them anyway (SELF_APPROVAL_FORBIDDEN).
 */
export function AgreementDecision({
  proposal,
  onDecided,
}: {
  proposal: Agreement;
  onDecided: (decision: 'approved' | 'rejected') => void;
}) {
  const { t } = useT();
  const staff = useStaff();
  const own = isSameOperator(proposal.proposedBy, staff.id);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [rejecting, setRejecting] = useState(false);
  const approve = async () => {
    setBusy(true);
    setError(null);
    try {
      await decideAgreement('approveAgreement', proposal.id);
      onDecided('approved');
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError('INTERNAL', String(caught)));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="admin-decision" className="card">
      <h2 id="admin-decision">{t('admin.decision.title')}</h2>
      <p>{t('admin.decision.intro', { who: proposal.proposedBy })}</p>
      {own && (
        <p className="notice notice-warning" id="admin-decision-own">
          {t('admin.decision.own')}
        </p>
      )}
      {error && <ErrorNotice error={error} own={ADMIN_ERRORS} />}
      <div className="actions">
        <button
          type="button"
          className="button-primary"
          disabled={own || busy}
          aria-describedby={own ? 'admin-decision-own' : undefined}
          onClick={() => void approve()}
        >
          {t('admin.decision.approve', { version: proposal.version })}
        </button>
        <button
          type="button"
          className="button-danger"
          disabled={own || busy}
          aria-describedby={own ? 'admin-decision-own' : undefined}
          onClick={() => setRejecting(true)}
        >
          {t('admin.decision.reject', { version: proposal.version })}
        </button>
      </div>
      {rejecting && (
        <ConfirmDialog
          title={t('admin.decision.rejectTitle', { number: proposal.agreementNumber, version: proposal.version })}
          confirmLabel={t('admin.decision.rejectConfirm')}
          danger
          onClose={() => setRejecting(false)}
          onConfirm={async () => {
            await decideAgreement('rejectAgreement', proposal.id);
            setRejecting(false);
            onDecided('rejected');
          }}
        >
          <p>{t('admin.decision.rejectExplain')}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
