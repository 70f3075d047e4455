import { useEffect, useRef, useState } from 'react';
import { ApiError } from '../../api/api-error';
import { ErrorNotice, Loading } from '../../app/notices';
import { useLoad } from '../../app/use-load';
import type { MessageId } from '../../i18n/catalogue';
import { useT } from '../../i18n/locale';
import {
  changeConsent,
  grantConsent,
  loadConsents,
  refuseConsentRequest,
  type Consent,
  type ConsentAction,
  type ConsentRequest,
  type ConsentStatus,
} from './consent-api';
import { ConsentCard } from './ConsentCard';
import { ConsentRequestCard } from './ConsentRequestCard';
import { categoryNames } from './ConsentTerms';
import { RevokeDialog } from './RevokeDialog';

const STATUS_ORDER: ConsentStatus[] = ['ACTIVE', 'PAUSED', 'SPENT', 'REVOKED', 'EXPIRED'];

/**
 * Errors met when the consent or request changed elsewhere (another device, the clock, the
 * agency): said in the citizen's words, and the lists are fetched again to show what is so.
 */
const CHANGED_ELSEWHERE: Partial<Record<string, MessageId>> = {
  CONSENT_ALREADY_REVOKED: 'consents.error.alreadyRevoked',
  CONSENT_STATE_CONFLICT: 'consents.error.stateChanged',
  CONSENT_REQUEST_CLOSED: 'consents.error.requestClosed',
  CONSENT_NOT_FOUND: 'consents.error.gone',
  CONSENT_REQUEST_NOT_FOUND: 'consents.error.gone',
};
const OWN_ERRORS: Partial<Record<string, MessageId>> = {
  ...CHANGED_ELSEWHERE,
  CONSENT_WIDER_THAN_REQUESTED: 'consents.error.wider',
};

type Outcome = { kind: 'done'; text: string } | { kind: 'failed'; error: ApiError };

const DONE: Record<ConsentAction, MessageId> = {
  pause: 'consents.done.paused',
  resume: 'consents.done.resumed',
  revoke: 'consents.done.revoked',
};

/** Pending consent requests to answer, and the citizen's consents by status, each to pause, resume or revoke. */
export function ConsentsPage() {
  const { t } = useT();
  const loaded = useLoad(loadConsents, 'consents');
  const [requests, setRequests] = useState<ConsentRequest[] | null>(null);
  const [consents, setConsents] = useState<Consent[] | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [revoking, setRevoking] = useState<Consent | null>(null);
  const outcomeBox = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (loaded.state !== 'ready') return;
    setRequests(loaded.data.requests);
    setConsents(loaded.data.consents);
  }, [loaded.state, loaded.data]);

  const { reload } = loaded;
  useEffect(() => {
    // Back on the page after a while (another tab, another app): reads and changes made meanwhile are shown.
    const onVisible = () => document.visibilityState === 'visible' && reload();
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [reload]);

  useEffect(() => {
    // The button pressed may be gone (the consent moved to another status): the outcome takes the focus.
    if (outcome) outcomeBox.current?.focus();
  }, [outcome]);

  async function run(id: string, action: () => Promise<string>) {
    setBusy(id);
    setOutcome(null);
    try {
      setOutcome({ kind: 'done', text: await action() });
    } catch (caught) {
      const error = caught instanceof ApiError ? caught : new ApiError('INTERNAL', String(caught));
      setOutcome({ kind: 'failed', error });
      if (CHANGED_ELSEWHERE[error.code]) loaded.reload();
    } finally {
      setBusy(null);
    }
  }

  const replace = (consent: Consent) =>
    setConsents((previous) => previous && previous.map((one) => (one.id === consent.id ? consent : one)));
  const answered = (requestId: string) =>
    setRequests((previous) => previous && previous.filter((one) => one.id !== requestId));

  const grant = (request: ConsentRequest, categories?: string[]) =>
    void run(request.id, async () => {
      const { consent } = await grantConsent(request.id, categories);
      answered(request.id);
      setConsents((previous) => [consent, ...(previous ?? [])]);
      return t('consents.done.granted', {
        agency: consent.agency.nameVi,
        categories: categoryNames(t, consent.categories),
      });
    });
  const refuse = (request: ConsentRequest) =>
    void run(request.id, async () => {
      await refuseConsentRequest(request.id);
      answered(request.id);
      return t('consents.done.refused', { agency: request.agency.nameVi });
    });
  const change = (action: ConsentAction, consent: Consent) =>
    void run(consent.id, async () => {
      const changed = await changeConsent(action, consent.id);
      replace(changed.consent);
      return t(DONE[action], { agency: consent.agency.nameVi });
    });

  return (
    <>
      <h1>{t('consents.title')}</h1>
      <p>{t('consents.intro')}</p>
      <div ref={outcomeBox} tabIndex={-1} className="outcome" data-testid="consent-outcome">
        {outcome?.kind === 'done' && (
          <div className="notice notice-success" role="status">
            <p>{outcome.text}</p>
          </div>
        )}
        {outcome?.kind === 'failed' && <ErrorNotice error={outcome.error} own={OWN_ERRORS} />}
      </div>
      {loaded.state === 'failed' && <ErrorNotice error={loaded.error} onRetry={loaded.reload} />}
      {requests === null || consents === null ? (
        loaded.state === 'loading' && <Loading />
      ) : (
        <>
          <section aria-labelledby="pending-title">
            <h2 id="pending-title">{t('consents.pending.title')}</h2>
            {requests.length === 0 ? (
              <p>{t('consents.pending.none')}</p>
            ) : (
              requests.map((request) => (
                <ConsentRequestCard
                  key={request.id}
                  request={request}
                  busy={busy !== null}
                  onGrant={(categories) => grant(request, categories)}
                  onRefuse={() => refuse(request)}
                />
              ))
            )}
          </section>
          <section aria-labelledby="mine-title">
            <h2 id="mine-title">{t('consents.mine.title')}</h2>
            {STATUS_ORDER.map((status) => {
              const ofStatus = consents.filter((consent) => consent.status === status);
              return (
                <section key={status} aria-labelledby={`status-${status}`} data-status={status}>
                  <h3 id={`status-${status}`}>
                    {t(`consents.status.${status}`)} ({ofStatus.length})
                  </h3>
                  {ofStatus.length === 0 ? (
                    <p className="muted">{t('consents.mine.none')}</p>
                  ) : (
                    ofStatus.map((consent) => (
                      <ConsentCard
                        key={consent.id}
                        consent={consent}
                        busy={busy !== null}
                        onAction={(action) => (action === 'revoke' ? setRevoking(consent) : change(action, consent))}
                      />
                    ))
                  )}
                </section>
              );
            })}
          </section>
        </>
      )}
      <RevokeDialog
        consent={revoking}
        onCancel={() => setRevoking(null)}
        onConfirm={(consent) => {
          setRevoking(null);
          change('revoke', consent);
        }}
      />
    </>
  );
}
