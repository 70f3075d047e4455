import { Link } from '../../../app/router';
import type { MessageId } from '../../../i18n/catalogue';
import { useT } from '../../../i18n/locale';
import type { DiffRow } from './change-diff';

/** Codes the registry stores for these fields, said in words. */
const CODED_VALUES: Partial<Record<string, string>> = { sex: 'queue.sex', vitalStatus: 'queue.vital' };

/** What a request changes, as a table: field, value now, value proposed; unchanged rows say so. */
export function ChangeDiff({ rows, caption }: { rows: DiffRow[]; caption: string }) {
  const { t } = useT();
  const value = (row: DiffRow, text: string | null) => {
    if (text === null) return <span className="muted">{t('queue.diff.empty')}</span>;
    const coded = CODED_VALUES[row.field];
    if (coded) return t(`${coded}.${text}` as MessageId);
    if (row.field === 'mergedInto') return <Link href={`/console/citizens/${encodeURIComponent(text)}`}>{text}</Link>;
    return text;
  };
  return (
    <div className="table-scroll">
      <table className="queue-diff">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('queue.diff.field')}</th>
            <th scope="col">{t('queue.diff.now')}</th>
            <th scope="col">{t('queue.diff.proposed')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.field} data-field={row.field} className={row.changed ? 'changed' : undefined}>
              <th scope="row">{row.known ? t(`queue.field.${row.field}` as MessageId) : <code>{row.field}</code>}</th>
              <td>{row.nowKnown ? value(row, row.now) : <span className="muted">{t('queue.diff.unknown')}</span>}</td>
              <td>
                {value(row, row.proposed)}
                {!row.changed && <span className="muted"> {t('queue.diff.unchanged')}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
