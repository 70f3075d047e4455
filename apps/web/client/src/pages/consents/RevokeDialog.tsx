import { useEffect, useId, useRef } from 'react';
import { useT } from '../../i18n/locale';
import type { Consent } from './consent-api';

/**
 * Asks once more before a revocation, which cannot be undone: a modal <dialog> (focus kept
 * inside, Escape cancels, focus goes back where it was), "keep it" focused first.
 */
export function RevokeDialog({
  consent,
  onConfirm,
  onCancel,
}: {
  consent: Consent | null;
  onConfirm: (consent: Consent) => void;
  onCancel: () => void;
}) {
  const { t } = useT();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (consent && !element.open) element.showModal();
    if (!consent && element.open) element.close();
  }, [consent]);
  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      onClose={onCancel}
    >
      {consent && (
        <form
          method="dialog"
          onSubmit={(event) => {
            event.preventDefault();
            onConfirm(consent);
          }}
        >
          <h2 id={`${id}-title`}>{t('consents.revoke.title')}</h2>
          <p id={`${id}-body`}>{t('consents.revoke.body', { agency: consent.agency.nameVi })}</p>
          <div className="actions">
            <button type="button" className="button-secondary" autoFocus onClick={onCancel}>
              {t('consents.revoke.cancel')}
            </button>
            <button type="submit" className="button-danger">
              {t('consents.revoke.confirm')}
            </button>
          </div>
        </form>
      )}
    </dialog>
  );
}
