import type { ReactNode } from 'react';
import type { MessageId } from '../../../i18n/catalogue';
import { useT } from '../../../i18n/locale';

/**
 * A table of one part of the record under its own heading: a caption, column headers, one row
 * per item, and a sentence instead of an empty table. It scrolls sideways on a narrow screen,
 * focusable so a keyboard can scroll it too.
 */
export function RecordTable<Row>({
  id,
  title,
  caption,
  columns,
  rows,
  rowKey,
  empty,
  note,
}: {
  id: string;
  title: MessageId;
  caption: MessageId;
  columns: { label: MessageId; cell: (row: Row) => ReactNode }[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  empty: MessageId;
  note?: MessageId;
}) {
  const { t } = useT();
  return (
    <section className="card" aria-labelledby={`${id}-title`} data-section={id}>
      <h2 id={`${id}-title`}>{t(title)}</h2>
      {note && <p className="muted">{t(note)}</p>}
      {rows.length === 0 ? (
        <p>{t(empty)}</p>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
          <table>
            <caption id={`${id}-caption`}>{t(caption)}</caption>
            <thead>
              <tr>
                {columns.map((column) => (
                  <th key={column.label} scope="col">
                    {t(column.label)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={rowKey(row)}>
                  {columns.map((column, index) =>
                    index === 0 ? (
                      <th key={column.label} scope="row">
                        {column.cell(row)}
                      </th>
                    ) : (
                      <td key={column.label}>{column.cell(row)}</td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
