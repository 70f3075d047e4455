import type { ReactNode } from 'react';
import { useT } from '../../i18n/locale';
import { basesByText, categoryText, isBulk, readerText } from './entry-text';
import type { Entry } from './tracker-api';

/**
 * One read, as a card: time, who, what for, on what basis (with the law's citation or the
 * consent), case and officer where given, which data. A sealed read shows only that it exists
 * and when it opens. `actions` are the verify and dispute controls beneath it.
 */
export function EntryItem({ entry, isNew, actions }: { entry: Entry; isNew: boolean; actions?: ReactNode }) {
  const { t, dateTime, date } = useT();
  const time = dateTime(entry.time);
  return (
    <article className={`card tracker-entry${isNew ? ' tracker-entry-new' : ''}`} aria-label={time}>
      <h3 className="tracker-entry-title">
        <time dateTime={entry.time}>{time}</time>
        {isNew && <span className="badge badge-new">{t('tracker.entry.new')}</span>}
        {entry.sealed && <span className="badge badge-muted">{t('tracker.entry.sealed')}</span>}
        {isBulk(entry) && <span className="badge badge-brand">{t('tracker.entry.bulk')}</span>}
      </h3>
      {entry.sealed ? (
        <p>{t('tracker.entry.sealedText', { date: entry.sealedUntil ? date(entry.sealedUntil) : '—' })}</p>
      ) : (
        <OpenEntry entry={entry} />
      )}
      {actions}
    </article>
  );
}

function OpenEntry({ entry }: { entry: Entry }) {
  const { t } = useT();
  const bases = basesByText(t, entry.bases ?? []);
  const fields = entry.fields ?? [];
  return (
    <>
      {isBulk(entry) && <p className="hint">{t('tracker.entry.bulkText')}</p>}
      <dl className="facts">
        <dt>{t('tracker.entry.reader')}</dt>
        <dd>{readerText(t, entry)}</dd>
        <dt>{t('tracker.entry.purpose')}</dt>
        <dd>{entry.purposeText ?? entry.purpose ?? t('tracker.entry.noPurpose')}</dd>
        <dt>{t('tracker.entry.basis')}</dt>
        <dd>
          <ul className="plain-list">
            {bases.map((basis) => (
              <li key={basis.text}>
                <span className="tracker-basis">{basis.text}</span>
                {basis.detail && <span className="hint tracker-basis-detail">“{basis.detail}”</span>}
                <span className="muted"> — {basis.categories.join('; ')}</span>
              </li>
            ))}
          </ul>
        </dd>
        {entry.caseReference && (
          <>
            <dt>{t('tracker.entry.case')}</dt>
            <dd>{entry.caseReference}</dd>
          </>
        )}
        {entry.officerId && (
          <>
            <dt>{t('tracker.entry.officer')}</dt>
            <dd>{entry.officerId}</dd>
          </>
        )}
        <dt>{t('tracker.entry.data')}</dt>
        <dd>
          {(entry.categories ?? [])
            .map((code) => categoryText(t, code, entry.bases?.find((b) => b.category === code)?.categoryTextVi))
            .join('; ')}
          {fields.length > 0 && (
            <details className="tracker-fields">
              <summary>{t('tracker.entry.fields', { count: fields.length })}</summary>
              <ul className="plain-list">
                {fields.map((field) => (
                  <li key={field}>
                    <code>{field}</code>
                  </li>
                ))}
              </ul>
            </details>
          )}
        </dd>
      </dl>
    </>
  );
}
