import './admin.css';
import { ErrorNotice, Loading } from '../../app/notices';
import { Link, navigate } from '../../app/router';
import { useLoad } from '../../app/use-load';
import { useT } from '../../i18n/locale';
import { ADMIN_ERRORS } from './admin-errors';
import { EMPTY_VALUES } from './agreement-form';
import { AgreementForm } from './AgreementForm';
import { fetchAgencies } from './agencies-api';
import { fetchPurposes, proposeAgreement } from './agreements-api';

/** /console/agreements/new: proposes a new agreement (version 1), for a second administrator to approve. */
export function ProposeAgreementPage() {
  const { t } = useT();
  // The form chooses among the first page of the directory (the API's largest page).
  const choices = useLoad(
    async () => ({ agencies: (await fetchAgencies(null, 100)).nodes, purposes: await fetchPurposes() }),
    'choices',
  );
  return (
    <>
      <h1>{t('admin.propose.title')}</h1>
      <p>{t('admin.propose.intro')}</p>
      <p>
        <Link href="/console/agreements">{t('admin.agreement.backToList')}</Link>
      </p>
      {choices.state === 'failed' && <ErrorNotice error={choices.error} own={ADMIN_ERRORS} onRetry={choices.reload} />}
      {choices.state === 'loading' && <Loading />}
      {choices.state === 'ready' && (
        <AgreementForm
          initial={EMPTY_VALUES}
          inForce={null}
          agencies={choices.data.agencies}
          purposes={choices.data.purposes}
          submitLabel={t('admin.propose.submit')}
          onSubmit={async (input) => {
            const proposed = await proposeAgreement(input);
            navigate(`/console/agreements/${proposed.id}?done=proposed`);
          }}
        />
      )}
    </>
  );
}
