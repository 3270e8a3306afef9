import { formatValue } from './budgets';
import type { MeasureResult } from './results';

/** Pure: the one table the benchmark prints (Markdown, so it can go into the README as it is). */

const headers = ['Measure', 'Budget', 'Median', 'p95', 'Runs', 'Verdict'] as const;

function cells(result: MeasureResult): string[] {
  const s = result.summary;
  return [
    result.label,
    result.budget,
    s ? formatValue(s.median, result.unit) : '—',
    s ? formatValue(s.p95, result.unit) : '—',
    String(s?.n ?? 0),
    result.verdict === 'over' ? 'OVER' : result.verdict,
  ];
}

const width = (text: string) => [...text].length;
const pad = (text: string, size: number, right: boolean) =>
  right ? ' '.repeat(size - width(text)) + text : text + ' '.repeat(size - width(text));
/** Figures align right, words left. */
const rightAligned = [false, false, true, true, true, false];

export function formatTable(results: readonly MeasureResult[]): string {
  const rows = results.map(cells);
  const sizes = headers.map((header, column) =>
    Math.max(3, width(header), ...rows.map((row) => width(row[column] ?? ''))),
  );
  const line = (row: readonly string[]) =>
    `| ${row.map((cell, column) => pad(cell, sizes[column] ?? 0, rightAligned[column] ?? false)).join(' | ')} |`;
  const rule = `| ${sizes
    .map((size, column) => (rightAligned[column] ? `${'-'.repeat(size - 1)}:` : '-'.repeat(size)))
    .join(' | ')} |`;
  return [line(headers), rule, ...rows.map(line)].join('\n');
}

/** The notes under the table: one line per measure that has one. */
export function formatNotes(results: readonly MeasureResult[]): string {
  return results
    .filter((result) => result.note)
    .map((result) => `- ${result.label}: ${result.note}`)
    .join('\n');
}
