import { Fragment } from 'react';
import type { MessageId } from '../../../i18n/catalogue';
import { useT } from '../../../i18n/locale';
import type { CitizenRecord } from './citizen-api';
import { useCodeWords } from './code-words';
import { FIELD_GROUPS, RECORD_FIELDS } from './record-fields';

export const fieldLabel = (key: string) => `citizens.field.${key}` as MessageId;

/** Every field of one version of the record, group by group; nothing held is said as such. */
export function RecordView({ record }: { record: CitizenRecord }) {
  const { t, dateTime } = useT();
  const words = useCodeWords();
  return (
    <div className="record-groups">
      {FIELD_GROUPS.map((group) => (
        <section key={group} className="card" aria-labelledby={`group-${group}`} data-group={group}>
          <h2 id={`group-${group}`}>{t(`citizens.group.${group}`)}</h2>
          <dl className="facts">
            {RECORD_FIELDS.filter((field) => field.group === group).map((field) => {
              const value = field.value(record, words);
              return (
                <Fragment key={field.key}>
                  <dt>{t(fieldLabel(field.key))}</dt>
                  <dd data-field={field.key}>
                    {value === null ? (
                      <span className="muted">{t('citizens.notHeld')}</span>
                    ) : field.key === 'updatedAt' ? (
                      dateTime(value)
                    ) : (
                      value
                    )}
                  </dd>
                </Fragment>
              );
            })}
          </dl>
        </section>
      ))}
    </div>
  );
}
