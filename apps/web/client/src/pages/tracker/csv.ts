/** One CSV field: quoted when it holds a quote, comma or line break (RFC 4180). */
const csvField = (value: string): string => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/**
 * CSV for spreadsheet programs: a byte-order mark first, so Excel reads the file as UTF-8 and
 * shows the diacritics; CRLF line ends (RFC 4180). A cell a spreadsheet would run as a formula
 * (=, +, -, @ first) gets a leading apostrophe.
 */
export function toCsv(header: string[], rows: string[][]): string {
  const cell = (value: string) => csvField(/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);
  return `\uFEFF${[header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}
