import { Link } from '../../app/router';
import { useT } from '../../i18n/locale';
import { routesFor } from '../console-routes';
import { useStaff } from '../staff-session';

/** The console's front page: who you are, in which role, and the pages that role has. */
export function ConsoleHome() {
  const { t } = useT();
  const staff = useStaff();
  const role = t(`console.role.${staff.role}`);
  const sections = routesFor(staff.role).filter((route) => route.href && route.href !== '/console');
  return (
    <>
      <h1>{t('console.home.title', { name: staff.name ?? staff.id })}</h1>
      <p>{t('console.home.intro', { role })}</p>
      {sections.length > 0 && (
        <section aria-labelledby="console-sections">
          <h2 id="console-sections">{t('console.home.sections')}</h2>
          <ul className="plain-list">
            {sections.map((route) => (
              <li key={route.href}>
                <Link href={route.href!}>{t(route.label)}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
