// @vitest-environment node
import { csvCell, toCsv } from './csv';

describe('CSV export', () => {
  it('starts with a byte-order mark and ends lines with CRLF', () => {
    const csv = toCsv(['编号', 'note'], [['PR1', '照片模糊']]);
    expect(csv.startsWith('\uFEFF"编号","note"\r\n')).toBe(true);
    expect(csv.endsWith('"PR1","照片模糊"\r\n')).toBe(true);
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell('+1')).toBe('"\'+1"');
    expect(csvCell('-2')).toBe('"\'-2"');
    expect(csvCell('@SUM(A1)')).toBe('"\'@SUM(A1)"');
    expect(csvCell('\tx')).toBe('"\'\tx"');
  });

  it('quotes quotes, keeps numbers as they are and leaves empty cells empty', () => {
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell(-3)).toBe('"-3"');
    expect(csvCell(null)).toBe('""');
  });
});
