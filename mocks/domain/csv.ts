/**
 * CSV for spreadsheet users (Excel in Chinese locales): UTF-8 with a byte-order mark so that Chinese
 * text opens correctly, CRLF line ends, every field quoted, and no formula injection — a cell that a
 * spreadsheet would evaluate (starting with = + - @, tab or carriage return) is prefixed with '.
 */
const BOM = '\uFEFF';
const formulaStart = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '""';
  let text = String(value);
  if (typeof value === 'string' && formulaStart.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

export function toCsv(
  header: readonly string[],
  rows: ReadonlyArray<ReadonlyArray<string | number | null>>,
): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return BOM + lines.join('\r\n') + '\r\n';
}
