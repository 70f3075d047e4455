import { useRef, useState } from 'react';
import { ApiError } from '../../../api/api-error';
import { ErrorNotice, Loading } from '../../../app/notices';
import { setQuery, useLocation } from '../../../app/router';
import { useLoad } from '../../../app/use-load';
import type { MessageId } from '../../../i18n/catalogue';
import { useT } from '../../../i18n/locale';
import { useStaff } from '../../staff-session';
import { ChangeRequestCard } from './ChangeRequestCard';
import { NoteDialog } from './NoteDialog';
import {
  currentRecords,
  decideChangeRequest,
  pendingChangeRequests,
  type ChangeRequest,
  type Decision,
} from './queue-api';
import { QUEUE_ERRORS, SETTLED_CODES } from './queue-errors';
import { CHANGE_KINDS, filterRequests, isSameSteward, requestFilterFrom, WHO } from './queue-list';
import { ShowMore, useShowMore } from './ShowMore';

async function loadQueue() {
  const { items: requests, total } = await pendingChangeRequests();
  return { requests, total, records: await currentRecords(requests.map((request) => request.personalIdNumber)) };
}

/**
 * Change requests waiting for a second steward, oldest first, filtered in the URL (kind;
 * mine or others'); a decision reloads the list and is said in the page's status.
 */
export function ChangeRequestsSection({ onDone }: { onDone: (message: string) => void }) {
  const { t } = useT();
  const staff = useStaff();
  const { query } = useLocation();
  const filter = requestFilterFrom(query);
  const [reloads, setReloads] = useState(0);
  const queue = useLoad(loadQueue, String(reloads));
  const [deciding, setDeciding] = useState<{ request: ChangeRequest; decision: Decision } | null>(null);
  const [refusal, setRefusal] = useState<ApiError | null>(null);
  const opener = useRef<HTMLElement | null>(null);
  const all = queue.data?.requests ?? [];
  const matching = filterRequests(all, filter, staff.id);
  const { limit, more } = useShowMore(JSON.stringify(filter));
  const kindText = (kind: string) => t(`queue.kind.${kind}` as MessageId);

  const open = (request: ChangeRequest, decision: Decision) => {
    opener.current = document.activeElement as HTMLElement | null;
    setRefusal(null);
    setDeciding({ request, decision });
  };
  const close = () => {
    setDeciding(null);
    opener.current?.focus();
  };
  const decide = async (note: string | null) => {
    if (!deciding) return;
    const { request, decision } = deciding;
    const values = { kind: kindText(request.kind), number: request.personalIdNumber, steward: request.requestedBy };
    try {
      await decideChangeRequest(decision, request.id, note);
      setDeciding(null);
      onDone(t(decision === 'approve' ? 'queue.done.approved' : 'queue.done.rejected', values));
    } catch (caught) {
      if (!(caught instanceof ApiError) || !SETTLED_CODES.has(caught.code)) throw caught;
      // Decided elsewhere, superseded or refused for good: the list no longer holds it as shown.
      setDeciding(null);
      setRefusal(caught);
      onDone(t('queue.done.refused', values));
    } finally {
      setReloads((n) => n + 1);
    }
  };

  return (
    <section aria-labelledby="queue-requests-title" id="queue-requests">
      <h2 id="queue-requests-title">
        {t('queue.requests.title')} <span className="count">{queue.data ? queue.data.total : '…'}</span>
      </h2>
      <p>{t('queue.requests.intro')}</p>
      <form className="filters" onSubmit={(event) => event.preventDefault()} aria-label={t('queue.requests.filters')}>
        <div>
          <label htmlFor="queue-kind">{t('queue.filter.kind')}</label>
          <select
            id="queue-kind"
            value={filter.kind ?? ''}
            onChange={(event) => setQuery({ kind: event.target.value })}
          >
            <option value="">{t('queue.filter.anyKind')}</option>
            {CHANGE_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {kindText(kind)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="queue-who">{t('queue.filter.who')}</label>
          <select
            id="queue-who"
            value={filter.who}
            onChange={(event) => setQuery({ who: event.target.value === 'all' ? null : event.target.value })}
          >
            {WHO.map((who) => (
              <option key={who} value={who}>
                {t(`queue.filter.who.${who}`)}
              </option>
            ))}
          </select>
        </div>
      </form>
      {refusal && <ErrorNotice error={refusal} own={QUEUE_ERRORS} />}
      {queue.state === 'failed' && <ErrorNotice error={queue.error} own={QUEUE_ERRORS} onRetry={queue.reload} />}
      {queue.state === 'loading' && !queue.data && <Loading />}
      {queue.data && (
        <p className="muted">
          {t('queue.requests.count', { matching: matching.length, total: all.length })}
          {queue.data.total > all.length && ` ${t('queue.partial', { shown: all.length, total: queue.data.total })}`}
        </p>
      )}
      {queue.data && matching.length === 0 && (
        <p>{all.length === 0 ? t('queue.requests.none') : t('queue.requests.noneMatching')}</p>
      )}
      {matching.length > 0 && (
        <ol className="plain-list queue-list" aria-busy={queue.state === 'loading'}>
          {matching.slice(0, limit).map((request) => (
            <li key={request.id}>
              <ChangeRequestCard
                request={request}
                record={queue.data?.records.get(request.personalIdNumber) ?? null}
                mine={isSameSteward(request.requestedBy, staff.id)}
                onDecide={(decision) => open(request, decision)}
              />
            </li>
          ))}
        </ol>
      )}
      <ShowMore shown={Math.min(limit, matching.length)} total={matching.length} onMore={more} />
      {deciding && (
        <DecisionDialog deciding={deciding} kind={kindText(deciding.request.kind)} onSubmit={decide} onClose={close} />
      )}
    </section>
  );
}

function DecisionDialog({
  deciding: { request, decision },
  kind,
  onSubmit,
  onClose,
}: {
  deciding: { request: ChangeRequest; decision: Decision };
  kind: string;
  onSubmit: (note: string | null) => Promise<void>;
  onClose: () => void;
}) {
  const { t } = useT();
  const values = { kind, number: request.personalIdNumber, steward: request.requestedBy };
  const approve = decision === 'approve';
  return (
    <NoteDialog
      id="queue-decision"
      title={t(approve ? 'queue.approve.title' : 'queue.reject.title', values)}
      summary={<p>{t(approve ? 'queue.approve.summary' : 'queue.reject.summary', values)}</p>}
      label={t(approve ? 'queue.approve.note' : 'queue.reject.reason')}
      hint={t(approve ? 'queue.approve.hint' : 'queue.reject.hint')}
      required={!approve}
      submitLabel={t(approve ? 'queue.approve.confirm' : 'queue.reject.confirm')}
      danger={!approve}
      onSubmit={onSubmit}
      onClose={onClose}
    />
  );
}
