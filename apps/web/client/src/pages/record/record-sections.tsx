import { Fragment, type ReactNode } from 'react';
import type { MessageId } from '../../i18n/catalogue';
import { INTL_LOCALE } from '../../i18n/catalogue';
import { useLocale, useT } from '../../i18n/locale';
import type { CitizenField, CitizenRecord, FamilyLink, MyRecord } from './record-query';

type T = ReturnType<typeof useT>;

interface FieldSpec {
  field: CitizenField;
  /** The value in words, or null when the registry holds nothing for it. */
  show: (record: CitizenRecord, format: T & { country: (code: string) => string }) => ReactNode | null;
}

interface GroupSpec {
  title?: MessageId;
  fields: FieldSpec[];
}

/**
 * Which field of the record is in which data category, as declared beside the fields in
 * apps/population (citizen.model.ts, @DataField) and apps/business-registry (enterpriseRoles:
 * business.representatives); the categories' names come from the catalogue.
 */
export const RECORD_SECTIONS: { category: string; groups: GroupSpec[] }[] = [
  {
    category: 'population.identity',
    groups: [
      {
        fields: [
          text('fullName'),
          { field: 'otherNames', show: (r) => (r.otherNames?.length ? r.otherNames.join(', ') : null) },
          { field: 'sex', show: (r, f) => r.sex && f.t(`record.sex.${r.sex}`) },
          { field: 'birthDate', show: (r, f) => r.birthDate && partialDate(r.birthDate, f) },
          text('placeOfBirth'),
          text('birthRegistrationPlace'),
          text('placeOfOrigin'),
          { field: 'ethnicity', show: (r) => r.ethnicity?.name ?? null },
          text('religion'),
          { field: 'nationality', show: (r, f) => r.nationality && f.country(r.nationality) },
        ],
      },
      {
        title: 'record.identityDocuments',
        fields: [
          { field: 'identityCard', show: (r, f) => r.identityCard && identityCard(r.identityCard, f) },
          text('oldIdNumber'),
        ],
      },
    ],
  },
  { category: 'population.health', groups: [{ fields: [text('bloodGroup')] }] },
  {
    category: 'population.residence',
    groups: [
      {
        fields: [
          residence('permanentResidence'),
          residence('temporaryResidence'),
          residence('currentResidence'),
          {
            field: 'household',
            show: (r, f) =>
              r.household && (r.household.number || r.household.relationshipToHead) ? (
                <>
                  {r.household.number && <span>{f.t('record.household.number', { number: r.household.number })}</span>}
                  {r.household.number && r.household.relationshipToHead && <br />}
                  {r.household.relationshipToHead && (
                    <span>
                      {f.t('record.household.relationship', { relationship: r.household.relationshipToHead })}
                    </span>
                  )}
                </>
              ) : null,
          },
        ],
      },
    ],
  },
  {
    category: 'population.family',
    groups: [
      {
        fields: [
          { field: 'maritalStatus', show: (r, f) => r.maritalStatus && f.t(`record.marital.${r.maritalStatus}`) },
          {
            field: 'familyLinks',
            show: (r, f) => (r.familyLinks?.length ? <Relatives links={r.familyLinks} format={f} /> : null),
          },
        ],
      },
    ],
  },
  { category: 'population.contact', groups: [{ fields: [text('phone'), text('email')] }] },
  {
    category: 'population.vital',
    groups: [
      {
        fields: [
          { field: 'vitalStatus', show: (r, f) => r.vitalStatus && f.t(`record.vital.${r.vitalStatus}`) },
          { field: 'vitalStatusDate', show: (r, f) => r.vitalStatusDate && f.date(r.vitalStatusDate) },
        ],
      },
    ],
  },
  {
    category: 'population.record',
    groups: [
      {
        fields: [
          { field: 'version', show: (r, f) => (r.version === null ? null : f.number(r.version)) },
          { field: 'updatedAt', show: (r, f) => r.updatedAt && f.dateTime(r.updatedAt) },
        ],
      },
    ],
  },
];

/** The category of the business registry's enterpriseRoles (citizen-roles.resolver.ts). */
export const ENTERPRISE_ROLES_CATEGORY = 'business.representatives';

type TextField = {
  [K in CitizenField]: CitizenRecord[K] extends string | null ? K : never;
}[CitizenField];

function text(field: TextField): FieldSpec {
  return { field, show: (record) => record[field] || null };
}

function residence(field: 'permanentResidence' | 'temporaryResidence' | 'currentResidence'): FieldSpec {
  return { field, show: (record) => record[field]?.address || null };
}

function partialDate(value: NonNullable<CitizenRecord['birthDate']>, f: T): string {
  if (value.month === null) return f.t('record.birthDate.year', { year: String(value.year) });
  if (value.day === null)
    return f.t('record.birthDate.month', { month: String(value.month), year: String(value.year) });
  const iso = `${String(value.year).padStart(4, '0')}-${String(value.month).padStart(2, '0')}-${String(value.day).padStart(2, '0')}`;
  return f.date(iso);
}

function identityCard(card: NonNullable<CitizenRecord['identityCard']>, f: T): ReactNode {
  const issued =
    card.issueDate &&
    (card.issuePlace
      ? f.t('record.identityCard.issued', { date: f.date(card.issueDate), place: card.issuePlace })
      : f.t('record.identityCard.issuedOn', { date: f.date(card.issueDate) }));
  if (!issued && !card.expiryDate) return null;
  return (
    <>
      {issued && <span>{issued}</span>}
      {issued && <br />}
      <span>
        {card.expiryDate
          ? f.t('record.identityCard.expires', { date: f.date(card.expiryDate) })
          : f.t('record.identityCard.noExpiry')}
      </span>
    </>
  );
}

function Relatives({ links, format }: { links: FamilyLink[]; format: T & { country: (code: string) => string } }) {
  return (
    <ul className="plain-list">
      {links.map((link, index) => (
        <li key={`${link.relation}-${link.personalIdNumber ?? link.name ?? index}`}>
          <strong>{format.t(`record.relation.${link.relation}`)}</strong>
          {': '}
          {link.name ??
            (link.personalIdNumber &&
              format.t('record.relative.inRegistry', { personalIdNumber: link.personalIdNumber }))}
          {link.name &&
            link.personalIdNumber &&
            ` (${format.t('record.relative.inRegistry', { personalIdNumber: link.personalIdNumber })})`}
          {link.nationality && link.nationality !== 'VN' && ` — ${format.country(link.nationality)}`}
        </li>
      ))}
    </ul>
  );
}

/** The fields of one group as a list of terms and values: withheld and unreadable fields said as such. */
export function FieldList({ group, record }: { group: GroupSpec; record: MyRecord }) {
  const format = useFormat();
  return (
    <dl className="facts">
      {group.fields.map(({ field, show }) => {
        const reason = record.withheld.get(field);
        const value = reason || record.unavailable.has(field) ? null : show(record.citizen, format);
        return (
          <Fragment key={field}>
            <dt>{format.t(`record.field.${field}`)}</dt>
            <dd data-field={field}>
              {reason ? (
                <span className="badge badge-danger">{format.t('record.withheld', { reason })}</span>
              ) : record.unavailable.has(field) ? (
                <span className="badge badge-muted">{format.t('record.unavailable')}</span>
              ) : (
                (value ?? <span className="muted">{format.t('record.notHeld')}</span>)
              )}
            </dd>
          </Fragment>
        );
      })}
    </dl>
  );
}

export function useFormat(): T & { country: (code: string) => string } {
  const t = useT();
  const { locale } = useLocale();
  const regions = new Intl.DisplayNames([INTL_LOCALE[locale]], { type: 'region', fallback: 'code' });
  return {
    ...t,
    country: (code: string) => {
      try {
        return regions.of(code.toUpperCase()) ?? code;
      } catch {
        return code; // not an ISO 3166 code: shown as the registry holds it
      }
    },
  };
}
