import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { ErrorNotice, Loading } from '../../app/notices';
import { useLoad } from '../../app/use-load';
import { useT } from '../../i18n/locale';
import { loadReceipts, type Consent, type ConsentReceipt } from './consent-api';
import { checkReceipt } from './receipt-check';
import { receiptPayload } from './receipt-files';

/** A consent's signed receipts, fetched when the citizen opens them; each shown and downloadable. */
export function Receipts({ consent }: { consent: Consent }) {
  const { t } = useT();
  const [open, setOpen] = useState(false);
  return (
    <details className="receipts" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('consents.receipts.open')}</summary>
      <p className="hint">{t('consents.receipts.explain')}</p>
      {/* A new event (pause, revoke) means a new receipt: the list is fetched again. */}
      {open && <ReceiptList key={consent.updatedAt} consentId={consent.id} />}
    </details>
  );
}

function ReceiptList({ consentId }: { consentId: string }) {
  const { t, dateTime } = useT();
  const load = useCallback(() => loadReceipts(consentId), [consentId]);
  const receipts = useLoad(load, consentId);
  if (receipts.state === 'failed') return <ErrorNotice error={receipts.error} onRetry={receipts.reload} />;
  if (!receipts.data) return <Loading />;
  if (receipts.data.length === 0) return <p>{t('consents.receipts.none')}</p>;
  return (
    <ol className="receipt-list">
      {receipts.data.map((receipt) => (
        <li key={receipt.id} data-receipt-id={receipt.id}>
          <p>
            <strong>
              {t('consents.receipts.item', {
                event: t(`consents.receipts.event.${receipt.event}`),
                time: dateTime(receipt.issuedAt),
              })}
            </strong>
          </p>
          <ReceiptVerdict receipt={receipt} />
          <ReceiptDownloads receipt={receipt} />
          <details>
            <summary>{t('consents.receipts.contents')}</summary>
            <pre className="receipt-payload">{JSON.stringify(receiptPayload(receipt.jws), null, 2)}</pre>
          </details>
        </li>
      ))}
    </ol>
  );
}

/** Whether the receipt's signature holds, checked in this page against the registry's published keys. */
function ReceiptVerdict({ receipt }: { receipt: ConsentReceipt }) {
  const { t } = useT();
  const check = useCallback(() => checkReceipt(receipt), [receipt]);
  const verdict = useLoad(check, receipt.id);
  if (verdict.state === 'loading') return <p className="receipt-check muted">{t('consents.receipts.checking')}</p>;
  const result = verdict.state === 'ready' ? verdict.data : { state: 'unchecked' as const, code: verdict.error.code };
  return (
    <p className={`receipt-check receipt-${result.state}`} data-check={result.state}>
      {result.state === 'valid' ? (
        <span className="badge badge-ok">{t('consents.receipts.valid')}</span>
      ) : result.state === 'invalid' ? (
        <span className="badge badge-danger">{t('consents.receipts.invalid', { code: result.code })}</span>
      ) : (
        <span className="badge badge-muted">{t('consents.receipts.unchecked', { code: result.code })}</span>
      )}
    </p>
  );
}

function ReceiptDownloads({ receipt }: { receipt: ConsentReceipt }) {
  const { t } = useT();
  const name = `consent-receipt-${receipt.id}`;
  const json = JSON.stringify({ ...receipt, payload: receiptPayload(receipt.jws) }, null, 2);
  return (
    <p className="actions">
      {/* The .jwt is the JWS alone: what `npm run verify-receipt -- <file>` reads. */}
      <BlobLink content={receipt.jws} type="application/jwt" filename={`${name}.jwt`}>
        {t('consents.receipts.downloadJwt')}
      </BlobLink>
      <BlobLink content={json} type="application/json" filename={`${name}.json`}>
        {t('consents.receipts.downloadJson')}
      </BlobLink>
    </p>
  );
}

/** A download of text made in the page: a link to a Blob, let go of when the link goes. */
function BlobLink({
  content,
  type,
  filename,
  children,
}: {
  content: string;
  type: string;
  filename: string;
  children: ReactNode;
}) {
  const [href, setHref] = useState<string | undefined>();
  useEffect(() => {
    const url = URL.createObjectURL(new Blob([content], { type }));
    setHref(url);
    return () => URL.revokeObjectURL(url);
  }, [content, type]);
  return (
    <a href={href} download={filename} className="button-secondary">
      {children}
    </a>
  );
}
