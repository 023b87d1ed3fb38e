import { displayWidth, renderTable, truncate } from '../../../shared/cli/table';

describe('terminal tables', () => {
  it('counts decomposed Vietnamese letters as one column each', () => {
    const composed = 'Hải Dương';
    expect(displayWidth(composed)).toBe(9);
    expect(displayWidth(composed.normalize('NFD'))).toBe(9);
  });

  it('counts wide characters as two columns', () => {
    expect(displayWidth('報告')).toBe(4);
  });

  it('cuts long cells with an ellipsis inside the width', () => {
    expect(truncate('Đại hội thi đua yêu nước', 10)).toBe('Đại hội t…');
    expect(displayWidth(truncate('Đại hội thi đua yêu nước'.normalize('NFD'), 10))).toBe(10);
    expect(truncate('short', 10)).toBe('short');
  });

  it('aligns columns under their headers without trailing blanks', () => {
    const table = renderTable(
      [
        { header: 'ID', value: (row: { id: string; n: number; title: string }) => row.id },
        { header: 'N', value: (row) => String(row.n), align: 'right' },
        { header: 'TITLE', value: (row) => row.title, maxWidth: 8 },
      ],
      [
        { id: 'a', n: 1, title: 'Huyện Gia Lộc' },
        { id: 'bbb', n: 22, title: 'x\ny' },
      ],
    );
    expect(table.split('\n')).toEqual(['ID    N  TITLE', 'a     1  Huyện G…', 'bbb  22  x y']);
  });
});
