import type { MessageId } from '../../i18n/catalogue';
import { useT } from '../../i18n/locale';
import type { AgreementStatus } from './agreements-api';

const BADGE: Record<AgreementStatus, string> = {
  PROPOSED: 'badge-demo',
  APPROVED: 'badge-ok',
  REJECTED: 'badge-danger',
  SUPERSEDED: 'badge-muted',
  WITHDRAWN: 'badge-muted',
};

/** An agreement version's status in words (APPROVED reads "in force"). */
export function AgreementStatusBadge({ status }: { status: AgreementStatus }) {
  const { t } = useT();
  return (
    <span className={`badge admin-badge ${BADGE[status]}`}>{t(`admin.agreement.status.${status}` as MessageId)}</span>
  );
}
