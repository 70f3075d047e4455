import { useCallback, type ReactNode } from 'react';
import { categoryTexts } from '../../app/data-categories';
import { ErrorNotice, Loading } from '../../app/notices';
import { useSession } from '../../app/session-context';
import { useLoad, type Load } from '../../app/use-load';
import { useT } from '../../i18n/locale';
import { AccessRules } from './AccessRules';
import { loadAccessRules, type CategoryRules } from './access-rules-query';
import { EnterpriseRoles } from './EnterpriseRoles';
import { loadMyRecord, type MyRecord } from './record-query';
import { ENTERPRISE_ROLES_CATEGORY, FieldList, RECORD_SECTIONS } from './record-sections';

const sectionId = (category: string) => `category-${category.replace('.', '-')}`;

/**
 * What the registries hold on the signed-in citizen, one section per data category, each
 * with who may read it.
 */
export function RecordPage() {
  const { t } = useT();
  const { personalIdNumber } = useSession();
  const load = useCallback(() => loadMyRecord(personalIdNumber), [personalIdNumber]);
  const record = useLoad(load, personalIdNumber);
  // Apart from the record: who may read it is the exchange's answer, and either may fail alone.
  const rules = useLoad(loadAccessRules, personalIdNumber);
  const categories = [...RECORD_SECTIONS.map((section) => section.category), ENTERPRISE_ROLES_CATEGORY];
  return (
    <>
      <h1>{t('record.title')}</h1>
      <p>{t('record.intro')}</p>
      <dl className="facts">
        <dt>{t('record.personalIdNumber')}</dt>
        <dd>{personalIdNumber}</dd>
      </dl>
      <nav aria-labelledby="record-contents" className="contents">
        <h2 id="record-contents">{t('record.contents')}</h2>
        <ul>
          {categories.map((category) => (
            <li key={category}>
              <a href={`#${sectionId(category)}`}>{categoryTexts(t, category).name}</a>
            </li>
          ))}
        </ul>
      </nav>
      {record.state === 'failed' && (
        <ErrorNotice error={record.error} own={{ CITIZEN_NOT_FOUND: 'record.notFound' }} onRetry={record.reload} />
      )}
      {record.state === 'loading' && !record.data && <Loading />}
      {record.data && <RecordSections record={record.data} rules={rules} />}
    </>
  );
}

type Rules = Load<Map<string, CategoryRules>> & { reload: () => void };

function RecordSections({ record, rules }: { record: MyRecord; rules: Rules }) {
  const { t } = useT();
  return (
    <>
      {RECORD_SECTIONS.map(({ category, groups }) => (
        <CategorySection key={category} category={category} rules={rules}>
          {groups.map((group, index) =>
            group.title ? (
              <section key={group.title} aria-labelledby={`${sectionId(category)}-${index}`}>
                <h3 id={`${sectionId(category)}-${index}`}>{t(group.title)}</h3>
                <FieldList group={group} record={record} />
              </section>
            ) : (
              <FieldList key={index} group={group} record={record} />
            ),
          )}
        </CategorySection>
      ))}
      <CategorySection category={ENTERPRISE_ROLES_CATEGORY} rules={rules}>
        <EnterpriseRoles record={record} />
      </CategorySection>
    </>
  );
}

function CategorySection({ category, rules, children }: { category: string; rules: Rules; children: ReactNode }) {
  const { t } = useT();
  const { name, description } = categoryTexts(t, category);
  const id = sectionId(category);
  return (
    <section className="card category" id={id} aria-labelledby={`${id}-title`} data-category={category}>
      <h2 id={`${id}-title`}>{name}</h2>
      {description && <p className="muted">{description}</p>}
      {children}
      <AccessRules category={category} rules={rules} headingId={`${id}-rules`} />
    </section>
  );
}
