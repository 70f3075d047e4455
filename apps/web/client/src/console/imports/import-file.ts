/** What the registry takes in one upload (MAX_IMPORT_FILE_BYTES of the population subgraph). */
export const MAX_UPLOAD_BYTES = 512 * 1024;

export type FileProblem = 'none' | 'notCsv' | 'tooLarge' | 'empty';

/** Checked before the upload, as the registry checks it, so that the steward hears it at once. */
export function fileProblem(file: { name: string; size: number } | null): FileProblem | null {
  if (!file) return 'none';
  if (!/\.csv$/i.test(file.name)) return 'notCsv';
  if (file.size === 0) return 'empty';
  if (file.size > MAX_UPLOAD_BYTES) return 'tooLarge';
  return null;
}

/** `ho-khau.csv` → `ho-khau-rejects.csv`: the refused rows, to correct and upload again. */
export function rejectsFileName(fileName: string): string {
  return `${fileName.replace(/\.csv$/i, '')}-rejects.csv`;
}

/** How far a running import got, when the number of data rows in the file is known: 0–100. */
export function percentRead(rowsRead: number, dataRows: number | undefined): number | null {
  if (!dataRows) return null;
  return Math.min(100, Math.round((rowsRead / dataRows) * 100));
}

/** Data rows of a CSV text (lines after the header, blank ones not counted); quoted line breaks count as one row's. */
export function countDataRows(csv: string): number {
  let rows = 0;
  let quoted = false;
  let content = false;
  for (let i = 0; i < csv.length; i++) {
    const char = csv[i];
    if (char === '"') quoted = !quoted;
    if (char === '\n' && !quoted) {
      if (content) rows++;
      content = false;
    } else if (char !== '\r') content = true;
  }
  if (content) rows++;
  return Math.max(0, rows - 1);
}
