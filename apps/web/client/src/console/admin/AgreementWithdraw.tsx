import { useState } from 'react';
import { useT } from '../../i18n/locale';
import { withdrawAgreement, type Agreement } from './agreements-api';
import { ConfirmDialog } from './ConfirmDialog';

/**
 * Ends the agreement at once, with a reason the exchange keeps on the WITHDRAWN version: one
 * administrator suffices to stop sharing (as to suspend a system), never to start it.
 */
export function AgreementWithdraw({
  inForce,
  onWithdrawn,
}: {
  inForce: Agreement;
  onWithdrawn: (withdrawn: Agreement) => void;
}) {
  const { t } = useT();
  const [asking, setAsking] = useState(false);
  return (
    <section aria-labelledby="admin-withdraw" className="card">
      <h2 id="admin-withdraw">{t('admin.withdraw.title')}</h2>
      <p>{t('admin.withdraw.intro')}</p>
      <button type="button" className="button-danger" onClick={() => setAsking(true)}>
        {t('admin.withdraw.open', { number: inForce.agreementNumber })}
      </button>
      {asking && (
        <ConfirmDialog
          title={t('admin.withdraw.dialogTitle', { number: inForce.agreementNumber })}
          confirmLabel={t('admin.withdraw.confirm')}
          reasonLabel={t('admin.withdraw.reason')}
          danger
          onClose={() => setAsking(false)}
          onConfirm={async (reason) => {
            const withdrawn = await withdrawAgreement(inForce.agreementNumber, reason);
            setAsking(false);
            onWithdrawn(withdrawn);
          }}
        >
          <p>{t('admin.withdraw.explain')}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
