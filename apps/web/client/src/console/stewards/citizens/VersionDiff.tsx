import { useState } from 'react';
import { useT } from '../../../i18n/locale';
import type { CitizenVersion } from './citizen-api';
import { useCodeWords } from './code-words';
import { diffRecords } from './record-diff';
import { fieldLabel } from './RecordView';

/**
 * Any two versions side by side: the steward picks both (the previous and the latest to
 * begin with); the fields that differ are marked, in colour and in words.
 */
export function VersionDiff({ history }: { history: CitizenVersion[] }) {
  const { t, dateTime } = useT();
  const words = useCodeWords();
  const [from, setFrom] = useState(history[Math.min(1, history.length - 1)].version);
  const [to, setTo] = useState(history[0].version);
  const older = history.find((version) => version.version === from) ?? history[history.length - 1];
  const newer = history.find((version) => version.version === to) ?? history[0];
  const rows = diffRecords(older.record, newer.record, words);
  const changed = rows.filter((row) => row.changed).length;
  const choose = (id: string, label: string, value: number, onChange: (version: number) => void) => (
    <div>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(Number(event.target.value))}>
        {history.map((version) => (
          <option key={version.version} value={version.version}>
            {t('citizens.diff.option', { version: version.version, at: dateTime(version.recordedAt) })}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <section aria-labelledby="citizen-diff" className="version-diff">
      <h2 id="citizen-diff">{t('citizens.diff.title')}</h2>
      <div className="filters">
        {choose('diff-from', t('citizens.diff.from'), from, setFrom)}
        {choose('diff-to', t('citizens.diff.to'), to, setTo)}
      </div>
      <p role="status">{changed === 0 ? t('citizens.diff.same') : t('citizens.diff.count', { count: changed })}</p>
      <div className="table-scroll" role="region" aria-labelledby="citizen-diff" tabIndex={0}>
        <table>
          <caption>{t('citizens.diff.caption', { from: older.version, to: newer.version })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('citizens.diff.field')}</th>
              <th scope="col">{t('citizens.diff.column', { version: older.version })}</th>
              <th scope="col">{t('citizens.diff.column', { version: newer.version })}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr
                key={row.key}
                className={row.changed ? 'changed' : undefined}
                data-diff-field={row.key}
                data-changed={row.changed}
              >
                <th scope="row">
                  {t(fieldLabel(row.key))}
                  {row.changed && <span className="visually-hidden"> ({t('citizens.diff.changed')})</span>}
                </th>
                <td>{row.before ?? <span className="muted">{t('citizens.notHeld')}</span>}</td>
                <td>{row.after ?? <span className="muted">{t('citizens.notHeld')}</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
