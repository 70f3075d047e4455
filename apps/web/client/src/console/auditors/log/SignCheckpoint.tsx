import { useState } from 'react';
import { ApiError } from '../../../api/api-error';
import { ErrorNotice } from '../../../app/notices';
import { useT } from '../../../i18n/locale';
import { AUDITOR_ERRORS } from '../auditor-errors';
import { CheckpointFacts } from './CheckpointFacts';
import { createCheckpoint, fetchConsistency, publishedKeySets, type LogCheckpoint } from './log-api';
import {
  keepSeenCheckpoint,
  verifyCheckpoint,
  verifyConsistency,
  type CheckpointVerdict,
  type ConsistencyVerdict,
  type SeenCheckpoint,
} from './log-check';

type Signed =
  | { kind: 'empty' }
  | {
      kind: 'signed';
      checkpoint: LogCheckpoint;
      verdict: CheckpointVerdict;
      history: ConsistencyVerdict | null;
      seenSize: number | null;
    };

/**
 * "Sign a checkpoint now": the registry signs the log's head (or answers the newest checkpoint
 * when it covers the head). The page checks the signature here, then that the log extends the
 * checkpoint this browser saw before, and keeps the new one.
 */
export function SignCheckpoint({ seen, onSeen }: { seen: SeenCheckpoint | null; onSeen: () => void }) {
  const { t } = useT();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [signed, setSigned] = useState<Signed | null>(null);
  const sign = async () => {
    setBusy(true);
    setError(null);
    try {
      const checkpoint = await createCheckpoint();
      if (!checkpoint) {
        setSigned({ kind: 'empty' });
        return;
      }
      const keys = await publishedKeySets();
      const verdict = await verifyCheckpoint(checkpoint, keys);
      let history: ConsistencyVerdict | null = null;
      if (verdict.kind !== 'fails' && seen) {
        const answer = await fetchConsistency(String(seen.size), checkpoint.size);
        history =
          answer.from.rootHash !== seen.root
            ? { kind: 'fails', reason: t('auditors.log.seenRootDiffers', { size: seen.size }) }
            : await verifyConsistency(answer, keys);
      }
      if (verdict.kind !== 'fails' && history?.kind !== 'fails') {
        keepSeenCheckpoint(verdict.statement);
        onSeen();
      }
      setSigned({ kind: 'signed', checkpoint, verdict, history, seenSize: seen?.size ?? null });
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError('INTERNAL', String(caught)));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <p className="actions">
        <button type="button" className="button-primary" disabled={busy} onClick={() => void sign()}>
          {t('auditors.log.sign')}
        </button>
      </p>
      {error && <ErrorNotice error={error} own={AUDITOR_ERRORS} onRetry={() => void sign()} />}
      <div role="status" aria-live="polite">
        {signed?.kind === 'empty' && <p>{t('auditors.log.empty')}</p>}
        {signed?.kind === 'signed' && (
          <div className="card">
            <h3>{t('auditors.log.signedTitle')}</h3>
            <CheckpointFacts checkpoint={signed.checkpoint} verdict={signed.verdict} />
            {signed.history === null && signed.verdict.kind !== 'fails' && <p>{t('auditors.log.firstSeen')}</p>}
            {signed.history?.kind === 'holds' && (
              <p className="notice notice-success">{t('auditors.log.extends', { seenSize: signed.seenSize ?? 0 })}</p>
            )}
            {signed.history?.kind === 'fails' && (
              <p className="notice notice-error">
                {t('auditors.log.doesNotExtend', { seenSize: signed.seenSize ?? 0, reason: signed.history.reason })}
              </p>
            )}
          </div>
        )}
      </div>
    </>
  );
}
