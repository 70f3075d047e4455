import { Fragment, type ReactNode } from 'react';
import type { MessageId } from '../../../i18n/catalogue';
import { INTL_LOCALE } from '../../../i18n/catalogue';
import { useLocale, useT } from '../../../i18n/locale';
import type { EnterpriseRecord } from './enterprise-api';
import { provinceName, type EnterpriseStatus } from './enterprise-rules';

/** VND is an exact integer in decimal digits (it may exceed a double): formatted as a BigInt. */
export function useVnd(): (amount: string) => string {
  const { locale } = useLocale();
  const { t } = useT();
  return (amount) =>
    t('enterprises.vnd', { amount: new Intl.NumberFormat(INTL_LOCALE[locale]).format(BigInt(amount)) });
}

/** An address with its province code as captured and, when the reference tables know it, its name. */
export function usePlace(): (address: string, provinceCode: string) => string {
  const { t } = useT();
  return (address, provinceCode) => {
    const province = provinceName(provinceCode);
    return province
      ? t('enterprises.place', { address, provinceCode, province })
      : t('enterprises.placeUnknownProvince', { address, provinceCode });
  };
}

/** Every registration field of the record, each said in words, "not recorded" when empty. */
export function EnterpriseFacts({ enterprise }: { enterprise: EnterpriseRecord }) {
  const { t, date, number } = useT();
  const vnd = useVnd();
  const place = usePlace();
  const e = enterprise;
  const rows: [MessageId, string, ReactNode | null][] = [
    ['enterprises.field.enterpriseCode', 'enterpriseCode', e.enterpriseCode],
    ['enterprises.field.name', 'name', e.name],
    ['enterprises.field.foreignName', 'foreignName', e.foreignName],
    ['enterprises.field.abbreviation', 'abbreviation', e.abbreviation],
    ['enterprises.field.type', 'type', e.type && t(`enterprises.type.${e.type as 'COOPERATIVE'}`)],
    ['enterprises.field.status', 'status', e.status && t(`enterprises.status.${e.status as EnterpriseStatus}`)],
    ['enterprises.field.establishmentDate', 'establishmentDate', e.establishmentDate && date(e.establishmentDate)],
    [
      'enterprises.field.headOffice',
      'headOffice',
      e.headOfficeAddress && place(e.headOfficeAddress, e.headOfficeProvinceCode ?? ''),
    ],
    ['enterprises.field.charterCapital', 'charterCapital', e.charterCapital && vnd(e.charterCapital)],
    [
      'enterprises.field.businessLines',
      'businessLines',
      e.businessLines?.length ? (
        <ul className="plain-list">
          {e.businessLines.map((line) => (
            <li key={`${line.vsicVersion}:${line.code}`}>
              {t('enterprises.businessLine', { code: line.code, vsicVersion: line.vsicVersion })}
              {line.isMain && ' '}
              {line.isMain && <span className="badge badge-ok">{t('enterprises.businessLine.main')}</span>}
            </li>
          ))}
        </ul>
      ) : null,
    ],
    ['enterprises.field.version', 'version', e.version === null ? null : number(e.version)],
  ];
  return (
    <section className="card" aria-labelledby="facts-title">
      <h2 id="facts-title">{t('enterprises.facts.title')}</h2>
      <dl className="facts">
        {rows.map(([label, field, value]) => (
          <Fragment key={field}>
            <dt>{t(label)}</dt>
            <dd data-field={field}>{value ?? <span className="muted">{t('enterprises.none')}</span>}</dd>
          </Fragment>
        ))}
      </dl>
    </section>
  );
}
