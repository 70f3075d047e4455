import { useT } from '../../i18n/locale';
import type { EnterpriseRole, LogSubject } from './tracker-api';

/** Whose log: shown only to a citizen who is a legal representative of an enterprise. */
export function SubjectChooser({
  subject,
  enterprises,
  onChoose,
}: {
  subject: LogSubject;
  enterprises: EnterpriseRole[];
  onChoose: (enterpriseCode: string | null) => void;
}) {
  const { t } = useT();
  if (enterprises.length === 0 && subject.kind === 'me') return null;
  const value = subject.kind === 'me' ? '' : subject.enterpriseCode;
  return (
    <div>
      <label htmlFor="tracker-subject">{t('tracker.subject.label')}</label>
      <select id="tracker-subject" value={value} onChange={(event) => onChoose(event.target.value || null)}>
        <option value="">{t('tracker.subject.me')}</option>
        {enterprises.map((role) => (
          <option key={role.enterpriseCode} value={role.enterpriseCode}>
            {t('tracker.subject.enterprise', { enterpriseCode: role.enterpriseCode })}
          </option>
        ))}
        {subject.kind === 'enterprise' && !enterprises.some((role) => role.enterpriseCode === value) && (
          <option value={value}>{t('tracker.subject.enterprise', { enterpriseCode: value })}</option>
        )}
      </select>
    </div>
  );
}
