// @vitest-environment node
import { csvCell, toCsv } from './csv';
import { hostileNames, hostileNotes } from './hostile-text';

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

  it('defuses every hostile note and keeps hostile names as quoted text', () => {
    for (const note of hostileNotes) {
      const cell = csvCell(note);
      // Quoted, then a ' before the first character a spreadsheet would evaluate.
      expect(cell, JSON.stringify(note)).toBe(`"'${note.replace(/"/g, '""')}"`);
    }
    expect(csvCell('\r=1+1')).toBe('"\'\r=1+1"');
    for (const name of hostileNames) expect(csvCell(name)).toBe(`"${name.replace(/"/g, '""')}"`);
    // Markup is not a formula: left as it is, in quotes; a quote inside cannot end the cell early.
    const line = toCsv(['a', 'b'], [['<img src=x onerror="x()">', '=1"+"2']]).split('\r\n')[1];
    expect(line).toBe('"<img src=x onerror=""x()"">","\'=1""+""2"');
  });
});
