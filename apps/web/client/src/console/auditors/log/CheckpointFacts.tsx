import { useT } from '../../../i18n/locale';
import type { LogCheckpoint } from './log-api';
import type { CheckpointVerdict } from './log-check';

/** One signed checkpoint: its size, root, time, and whether its signature and cosignature hold. */
export function CheckpointFacts({ checkpoint, verdict }: { checkpoint: LogCheckpoint; verdict: CheckpointVerdict }) {
  const { t, dateTime, number } = useT();
  return (
    <dl className="facts">
      <dt>{t('auditors.log.size')}</dt>
      <dd data-checkpoint-size={checkpoint.size}>{number(Number(checkpoint.size))}</dd>
      <dt>{t('auditors.log.signedAt')}</dt>
      <dd>{dateTime(checkpoint.createdAt)}</dd>
      <dt>{t('auditors.log.root')}</dt>
      <dd className="checkpoint-value">{checkpoint.rootHash}</dd>
      <dt>{t('auditors.log.signature')}</dt>
      <dd>
        {verdict.kind === 'fails' ? (
          <span className="badge badge-danger">{t('auditors.log.signatureFails', { reason: verdict.reason })}</span>
        ) : (
          <span className="badge badge-ok">{t('auditors.log.signatureHolds')}</span>
        )}
      </dd>
      <dt>{t('auditors.log.witness')}</dt>
      <dd>
        {verdict.kind === 'cosigned'
          ? t('auditors.log.cosigned')
          : verdict.kind === 'signedOnly'
            ? t('auditors.log.notCosigned')
            : t('auditors.none')}
      </dd>
    </dl>
  );
}
