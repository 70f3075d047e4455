import type { ReactNode } from 'react';
import type { MessageId } from '../../../i18n/catalogue';
import { useT } from '../../../i18n/locale';
import { mergePreview, type MergeCitizen, type PreviewField } from './merge-preview';

type T = ReturnType<typeof useT>;

/** A compared value in words: codes through the catalogue, a partial date as the record page says it. */
function said(field: PreviewField, value: string | null, f: T): ReactNode {
  if (value === null) return <span className="muted">{f.t('merge.preview.none')}</span>;
  if (field === 'sex' && (value === 'MALE' || value === 'FEMALE')) return f.t(`record.sex.${value}`);
  if (field === 'vitalStatus' && (value === 'ALIVE' || value === 'DECEASED' || value === 'MISSING'))
    return f.t(`record.vital.${value}`);
  if (field === 'birthDate') {
    const [year, month] = value.split('-');
    if (value.length === 4) return f.t('record.birthDate.year', { year });
    if (value.length === 7) return f.t('record.birthDate.month', { month: String(Number(month)), year });
    return f.date(value);
  }
  return value;
}

const LABEL: Record<PreviewField, MessageId> = {
  fullName: 'record.field.fullName',
  sex: 'record.field.sex',
  birthDate: 'record.field.birthDate',
  placeOfBirth: 'record.field.placeOfBirth',
  placeOfOrigin: 'record.field.placeOfOrigin',
  ethnicity: 'record.field.ethnicity',
  nationality: 'record.field.nationality',
  permanentResidence: 'record.field.permanentResidence',
  oldIdNumber: 'record.field.oldIdNumber',
  phone: 'record.field.phone',
  email: 'record.field.email',
  vitalStatus: 'record.field.vitalStatus',
};

/**
 * The two records side by side and what the survivor shows after the merge; a row where they
 * differ is marked in words as well as colour, and a value only the duplicate holds is said to be dropped.
 */
export function MergePreview({ survivor, duplicate }: { survivor: MergeCitizen; duplicate: MergeCitizen }) {
  const f = useT();
  const { t } = f;
  const rows = mergePreview(survivor, duplicate);
  const dropped = rows.filter((row) => row.dropped).length;
  return (
    <section className="card" aria-labelledby="merge-preview-title" data-section="merge-preview">
      <h2 id="merge-preview-title">{t('merge.preview.title')}</h2>
      <div className="table-scroll" role="region" aria-labelledby="merge-preview-caption" tabIndex={0}>
        <table>
          <caption id="merge-preview-caption">{t('merge.preview.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('merge.preview.field')}</th>
              <th scope="col">{t('merge.preview.survivor', { personalIdNumber: survivor.personalIdNumber })}</th>
              <th scope="col">{t('merge.preview.duplicate', { personalIdNumber: duplicate.personalIdNumber })}</th>
              <th scope="col">{t('merge.preview.after')}</th>
            </tr>
          </thead>
          <tbody>
            <tr data-field="personalIdNumber">
              <th scope="row">{t('merge.preview.number')}</th>
              <td>{survivor.personalIdNumber}</td>
              <td>{duplicate.personalIdNumber}</td>
              <td>
                {t('merge.preview.numberAfter', {
                  survivor: survivor.personalIdNumber,
                  duplicate: duplicate.personalIdNumber,
                })}
              </td>
            </tr>
            {rows.map((row) => (
              <tr key={row.field} data-field={row.field} className={row.differs ? 'changed' : undefined}>
                <th scope="row">
                  {t(LABEL[row.field])}
                  {row.differs && ' '}
                  {row.differs && <span className="badge badge-muted">{t('merge.preview.differs')}</span>}
                </th>
                <td>{said(row.field, row.survivor, f)}</td>
                <td>
                  {said(row.field, row.duplicate, f)}
                  {row.dropped && <span className="muted"> ({t('merge.preview.dropped')})</span>}
                </td>
                <td>{said(row.field, row.after, f)}</td>
              </tr>
            ))}
            <tr data-field="version">
              <th scope="row">{t('merge.preview.version')}</th>
              <td>{survivor.version}</td>
              <td>{duplicate.version}</td>
              <td>{t('merge.preview.versionAfter', { version: duplicate.version ?? 0 })}</td>
            </tr>
          </tbody>
        </table>
      </div>
      {dropped > 0 && <p className="notice notice-warning">{t('merge.preview.droppedNote', { count: dropped })}</p>}
    </section>
  );
}
