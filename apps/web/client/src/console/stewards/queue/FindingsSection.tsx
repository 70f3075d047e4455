import { useRef, useState } from 'react';
import { ApiError } from '../../../api/api-error';
import { ErrorNotice, Loading } from '../../../app/notices';
import { Link, setQuery, useLocation } from '../../../app/router';
import { useLoad } from '../../../app/use-load';
import type { MessageId } from '../../../i18n/catalogue';
import { useT } from '../../../i18n/locale';
import { citizenHref } from './ChangeRequestCard';
import { NoteDialog } from './NoteDialog';
import { openFindings, resolveFinding, type DataQualityFinding } from './queue-api';
import { QUEUE_ERRORS, SETTLED_CODES } from './queue-errors';
import { distinct, oldestFirst } from './queue-list';
import { ShowMore, useShowMore } from './ShowMore';

/** Kinds the registry opens itself or the demo data uses, said in words; a steward's own kind shows as its code. */
const KNOWN_KINDS = new Set(['BIRTH_YEAR_MISMATCH', 'SEX_MISMATCH', 'INCOMPLETE_BIRTH_DATE']);

/** Open data-quality findings, oldest first, filtered by kind (in the URL), each resolved with a note. */
export function FindingsSection({ onDone }: { onDone: (message: string) => void }) {
  const { t, dateTime } = useT();
  const { query } = useLocation();
  const [reloads, setReloads] = useState(0);
  const findings = useLoad(openFindings, String(reloads));
  const [resolving, setResolving] = useState<DataQualityFinding | null>(null);
  const [refusal, setRefusal] = useState<ApiError | null>(null);
  const opener = useRef<HTMLElement | null>(null);
  const all = oldestFirst(findings.data?.items ?? [], (finding) => finding.openedAt);
  const kinds = distinct(all.map((finding) => finding.kind));
  const kind = query.get('findingKind') || null;
  const matching = kind ? all.filter((finding) => finding.kind === kind) : all;
  const { limit, more } = useShowMore(kind ?? '');
  const kindText = (code: string) => (KNOWN_KINDS.has(code) ? t(`queue.finding.kind.${code}` as MessageId) : code);

  const resolve = async (resolution: string | null) => {
    if (!resolving || !resolution) return;
    const values = { kind: kindText(resolving.kind), number: resolving.personalIdNumber };
    try {
      await resolveFinding(resolving.id, resolution);
      setResolving(null);
      onDone(t('queue.done.resolved', values));
    } catch (caught) {
      if (!(caught instanceof ApiError) || !SETTLED_CODES.has(caught.code)) throw caught;
      setResolving(null);
      setRefusal(caught);
      onDone(t('queue.done.notResolved', values));
    } finally {
      setReloads((n) => n + 1);
    }
  };

  return (
    <section aria-labelledby="queue-findings-title" id="queue-findings">
      <h2 id="queue-findings-title">
        {t('queue.findings.title')} <span className="count">{findings.data ? findings.data.total : '…'}</span>
      </h2>
      <form className="filters" onSubmit={(event) => event.preventDefault()} aria-label={t('queue.findings.filters')}>
        <div>
          <label htmlFor="queue-finding-kind">{t('queue.filter.findingKind')}</label>
          <select
            id="queue-finding-kind"
            value={kind ?? ''}
            onChange={(event) => setQuery({ findingKind: event.target.value })}
          >
            <option value="">{t('queue.filter.anyKind')}</option>
            {[...new Set([...kinds, ...(kind ? [kind] : [])])].map((code) => (
              <option key={code} value={code}>
                {kindText(code)}
              </option>
            ))}
          </select>
        </div>
      </form>
      {refusal && <ErrorNotice error={refusal} own={QUEUE_ERRORS} />}
      {findings.state === 'failed' && (
        <ErrorNotice error={findings.error} own={QUEUE_ERRORS} onRetry={findings.reload} />
      )}
      {findings.state === 'loading' && !findings.data && <Loading />}
      {findings.data && (
        <p className="muted">
          {t('queue.findings.count', { matching: matching.length, total: all.length })}
          {findings.data.total > all.length &&
            ` ${t('queue.partial', { shown: all.length, total: findings.data.total })}`}
        </p>
      )}
      {findings.data && matching.length === 0 && <p>{t('queue.findings.none')}</p>}
      {matching.length > 0 && (
        <ol className="plain-list queue-list" aria-busy={findings.state === 'loading'}>
          {matching.slice(0, limit).map((finding) => (
            <li key={finding.id}>
              <article className="card queue-item" aria-labelledby={`finding-${finding.id}`} data-finding={finding.id}>
                <h3 id={`finding-${finding.id}`}>
                  {t('queue.finding.title', { kind: kindText(finding.kind), number: finding.personalIdNumber })}
                </h3>
                <dl className="facts">
                  <dt>{t('queue.request.citizen')}</dt>
                  <dd>
                    <Link href={citizenHref(finding.personalIdNumber)}>{finding.personalIdNumber}</Link>
                  </dd>
                  <dt>{t('queue.finding.kind')}</dt>
                  <dd>
                    {kindText(finding.kind)} <code className="muted">{finding.kind}</code>
                  </dd>
                  <dt>{t('queue.finding.message')}</dt>
                  <dd className="prose">{finding.message}</dd>
                  <dt>{t('queue.finding.opened')}</dt>
                  <dd>
                    {t('queue.request.by', { steward: finding.openedBy })}{' '}
                    <time dateTime={finding.openedAt}>{dateTime(finding.openedAt)}</time>
                  </dd>
                </dl>
                <div className="actions">
                  <button
                    type="button"
                    className="button-secondary"
                    onClick={(event) => {
                      opener.current = event.currentTarget;
                      setRefusal(null);
                      setResolving(finding);
                    }}
                  >
                    {t('queue.finding.resolve')}
                  </button>
                </div>
              </article>
            </li>
          ))}
        </ol>
      )}
      <ShowMore shown={Math.min(limit, matching.length)} total={matching.length} onMore={more} />
      {resolving && (
        <NoteDialog
          id="queue-resolve"
          title={t('queue.resolve.title', { kind: kindText(resolving.kind), number: resolving.personalIdNumber })}
          summary={<p className="prose">{resolving.message}</p>}
          label={t('queue.resolve.resolution')}
          hint={t('queue.resolve.hint')}
          required
          submitLabel={t('queue.resolve.confirm')}
          onSubmit={resolve}
          onClose={() => {
            setResolving(null);
            opener.current?.focus();
          }}
        />
      )}
    </section>
  );
}
