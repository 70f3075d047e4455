import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/api-error';
import { ErrorNotice } from '../../app/notices';
import type { MessageId } from '../../i18n/catalogue';
import { useT } from '../../i18n/locale';
import { startImport, type CitizenImport } from './import-api';
import { IMPORT_ERRORS } from './import-errors';
import { countDataRows, fileProblem, type FileProblem } from './import-file';

const COLUMNS =
  'personal_id_number, family_name, middle_name, given_name, sex, birth_year, birth_month, birth_day, ' +
  'place_of_birth, ethnicity_code, permanent_province_code, permanent_address, phone, email';

/** The file input and its checks; on upload, the import the registry started and the file's data rows. */
export function UploadForm({ onStarted }: { onStarted: (started: CitizenImport, dataRows: number) => void }) {
  const { t } = useT();
  const [problem, setProblem] = useState<FileProblem | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const input = event.currentTarget.elements.namedItem('file') as HTMLInputElement;
    const file = input.files?.[0] ?? null;
    const found = fileProblem(file);
    setProblem(found);
    setError(null);
    if (found || !file) {
      input.focus();
      return;
    }
    setBusy(true);
    try {
      const csv = await file.text();
      const started = await startImport(file.name, csv);
      input.value = '';
      onStarted(started, countDataRows(csv));
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError('INTERNAL', String(caught)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="imports-upload-title">
      <h2 id="imports-upload-title">{t('imports.upload.title')}</h2>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <div className="form-field">
          <label htmlFor="imports-file">{t('imports.upload.file')}</label>
          <p className="hint" id="imports-file-hint">
            {t('imports.upload.hint')}
          </p>
          <input
            id="imports-file"
            name="file"
            type="file"
            accept=".csv,text/csv"
            aria-describedby={`imports-file-hint${problem ? ' imports-file-problem' : ''}`}
            aria-invalid={problem ? true : undefined}
            onChange={() => setProblem(null)}
          />
          {problem && (
            <p className="field-error" id="imports-file-problem">
              {t(`imports.upload.problem.${problem}` as MessageId)}
            </p>
          )}
        </div>
        <details>
          <summary>{t('imports.upload.columns')}</summary>
          <p>
            <code>{COLUMNS}</code>
          </p>
          <p>{t('imports.upload.columnsHelp')}</p>
        </details>
        {error && <ErrorNotice error={error} own={IMPORT_ERRORS} />}
        <div className="actions">
          <button type="submit" className="button-primary" disabled={busy}>
            {busy ? t('imports.upload.sending') : t('imports.upload.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
