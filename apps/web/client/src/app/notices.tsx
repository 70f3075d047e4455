import type { ApiError } from '../api/api-error';
import type { MessageId } from '../i18n/catalogue';
import { useT } from '../i18n/locale';

const UNAVAILABLE = new Set([
  'GATEWAY_UNAVAILABLE',
  'SERVICE_UNAVAILABLE',
  'DATABASE_UNAVAILABLE',
  'ACCESS_LOG_UNAVAILABLE',
  'HTTP_502',
  'HTTP_503',
  'HTTP_504',
]);
const INVALID = new Set(['BAD_USER_INPUT', 'VALIDATION_FAILED', 'GRAPHQL_VALIDATION_FAILED']);

/** The citizen's message for an error: a page's own for the codes it knows, then the common ones. */
export function errorMessageId(error: ApiError, own: Partial<Record<string, MessageId>> = {}): MessageId {
  const specific = own[error.code];
  if (specific) return specific;
  if (error.code === 'NETWORK') return 'error.network';
  if (error.sessionEnded || error.code === 'UNAUTHENTICATED') return 'session.expired';
  if (UNAVAILABLE.has(error.code)) return 'error.unavailable';
  if (error.code === 'FORBIDDEN') return 'error.forbidden';
  if (INVALID.has(error.code)) return 'error.invalid';
  return 'error.unknown';
}

/** An error said in words, with what to do, and a retry where trying again can help. */
export function ErrorNotice({
  error,
  own,
  onRetry,
}: {
  error: ApiError;
  own?: Partial<Record<string, MessageId>>;
  onRetry?: () => void;
}) {
  const { t } = useT();
  const id = errorMessageId(error, own);
  return (
    <div className="notice notice-error" role="alert">
      <p>{t(id, { code: error.code, detail: error.message })}</p>
      {error.requestId && <p className="muted">{t('error.requestId', { requestId: error.requestId })}</p>}
      {onRetry && id !== 'session.expired' && (
        <button type="button" className="button-secondary" onClick={onRetry}>
          {t('error.retry')}
        </button>
      )}
    </div>
  );
}

/** A polite "loading" that screen readers announce, in a box of fixed height (no jump on arrival). */
export function Loading({ label }: { label?: string }) {
  const { t } = useT();
  return (
    <p className="loading" role="status" aria-live="polite">
      {label ?? t('status.loading')}
    </p>
  );
}
