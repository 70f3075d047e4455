import type { MessageId } from '../../../i18n/catalogue';
import { useT } from '../../../i18n/locale';
import type { FamilyLinkRow } from './correction-form';
import type { Problem } from './correction-rules';
import { FAMILY_RELATIONS } from './reference-codes';

/** The family as the API takes it: the whole list, each relative by personal ID number or by name. */
export function FamilyLinksEditor({
  rows,
  onChange,
  problems,
}: {
  rows: FamilyLinkRow[];
  onChange: (rows: FamilyLinkRow[]) => void;
  problems: Problem[];
}) {
  const { t } = useT();
  const set = (index: number, patch: Partial<FamilyLinkRow>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const listProblem = problems.find((problem) => problem.field === 'familyLinks');
  return (
    <fieldset className="family-links">
      <legend>{t('citizens.field.familyLinks')}</legend>
      {listProblem && (
        <p className="field-error" role="alert">
          {t(`citizens.problem.${listProblem.code}` as MessageId, { max: listProblem.max ?? 0 })}
        </p>
      )}
      {rows.map((row, index) => {
        const id = `correct-link-${index}`;
        const problem = problems.find((candidate) => candidate.field === `familyLinks.${index}`);
        const n = index + 1;
        const described = problem ? `${id}-error` : undefined;
        return (
          <fieldset key={index} className="family-link" aria-describedby={described}>
            <legend>{t('citizens.correct.link', { n })}</legend>
            <div className="form-row">
              <div className="form-field">
                <label htmlFor={`${id}-relation`}>{t('citizens.correct.linkRelation')}</label>
                <select
                  id={`${id}-relation`}
                  value={row.relation}
                  onChange={(e) => set(index, { relation: e.target.value })}
                >
                  {FAMILY_RELATIONS.map((relation) => (
                    <option key={relation} value={relation}>
                      {t(`citizens.relation.${relation}`)}
                    </option>
                  ))}
                </select>
              </div>
              <div className="form-field">
                <label htmlFor={`${id}-pin`}>{t('citizens.correct.linkPersonalId')}</label>
                <input
                  id={`${id}-pin`}
                  inputMode="numeric"
                  value={row.personalIdNumber}
                  onChange={(e) => set(index, { personalIdNumber: e.target.value })}
                />
              </div>
              <div className="form-field">
                <label htmlFor={`${id}-name`}>{t('citizens.correct.linkName')}</label>
                <input id={`${id}-name`} value={row.name} onChange={(e) => set(index, { name: e.target.value })} />
              </div>
              <div className="form-field">
                <label htmlFor={`${id}-nationality`}>{t('citizens.correct.linkNationality')}</label>
                <input
                  id={`${id}-nationality`}
                  maxLength={2}
                  size={3}
                  value={row.nationality}
                  onChange={(e) => set(index, { nationality: e.target.value })}
                />
              </div>
            </div>
            {problem && (
              <p className="field-error" id={`${id}-error`} role="alert">
                {t(`citizens.problem.${problem.code}` as MessageId, { max: problem.max ?? 0 })}
              </p>
            )}
            <button
              type="button"
              className="button-secondary"
              onClick={() => onChange(rows.filter((_, i) => i !== index))}
            >
              {t('citizens.correct.linkRemove', { n })}
            </button>
          </fieldset>
        );
      })}
      <button
        type="button"
        className="button-secondary"
        onClick={() => onChange([...rows, { relation: 'CHILD', personalIdNumber: '', name: '', nationality: '' }])}
      >
        {t('citizens.correct.linkAdd')}
      </button>
    </fieldset>
  );
}
