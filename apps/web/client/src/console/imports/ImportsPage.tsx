import { useState } from 'react';
import { setQuery, useLocation } from '../../app/router';
import { useT } from '../../i18n/locale';
import { ImportHistory } from './ImportHistory';
import { ImportProgress } from './ImportProgress';
import { UploadForm } from './UploadForm';

/**
 * /console/imports[?import=<id>]: upload a citizens CSV file, follow the import the registry
 * runs (rows read, registered, skipped as already registered, refused), download the refused
 * rows; below, the latest imports.
 */
export function ImportsPage() {
  const { t } = useT();
  const { query } = useLocation();
  const shown = query.get('import');
  // Rows of the files uploaded from this page: a running import shows how far it got.
  const [dataRows, setDataRows] = useState<Record<string, number>>({});
  const [reloads, setReloads] = useState(0);
  return (
    <>
      <h1>{t('imports.title')}</h1>
      <p>{t('imports.intro')}</p>
      <UploadForm
        onStarted={(started, rows) => {
          setDataRows((known) => ({ ...known, [started.id]: rows }));
          setQuery({ import: started.id });
          setReloads((n) => n + 1);
        }}
      />
      {shown && (
        <ImportProgress key={shown} id={shown} dataRows={dataRows[shown]} onEnded={() => setReloads((n) => n + 1)} />
      )}
      <ImportHistory reloads={reloads} />
    </>
  );
}
