import './queue.css';
import { useEffect, useRef, useState } from 'react';
import { useT } from '../../../i18n/locale';
import { ChangeRequestsSection } from './ChangeRequestsSection';
import { DuplicatesSection } from './DuplicatesSection';
import { FindingsSection } from './FindingsSection';

/**
 * The population stewards' work queues: change requests waiting for a second steward,
 * open data-quality findings, possible duplicates. What a decision did is said in one status
 * region, present from the start so screen readers announce each new message.
 */
export function QueuePage() {
  const { t } = useT();
  const [done, setDone] = useState<{ message: string; n: number } | null>(null);
  const notice = useRef<HTMLParagraphElement>(null);
  // The button that opened the dialog is gone with the item it decided: focus goes to the outcome.
  useEffect(() => {
    if (done) notice.current?.focus();
  }, [done]);
  const onDone = (message: string) => setDone((previous) => ({ message, n: (previous?.n ?? 0) + 1 }));
  return (
    <>
      <h1>{t('queue.title')}</h1>
      <p>{t('queue.intro')}</p>
      <nav aria-labelledby="queue-contents" className="contents">
        <h2 id="queue-contents">{t('queue.contents')}</h2>
        <ul>
          <li>
            <a href="#queue-requests">{t('queue.requests.title')}</a>
          </li>
          <li>
            <a href="#queue-findings">{t('queue.findings.title')}</a>
          </li>
          <li>
            <a href="#queue-duplicates">{t('queue.duplicates.title')}</a>
          </li>
        </ul>
      </nav>
      <div role="status" aria-live="polite" className="queue-status">
        {done && (
          <p className="notice notice-success" key={done.n} ref={notice} tabIndex={-1}>
            {done.message}
          </p>
        )}
      </div>
      <ChangeRequestsSection onDone={onDone} />
      <FindingsSection onDone={onDone} />
      <DuplicatesSection />
    </>
  );
}
