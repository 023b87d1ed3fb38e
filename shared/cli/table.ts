/**
 * Plain-text tables for the terminal. Widths count what a terminal shows: Vietnamese
 * text may arrive decomposed (base letter + combining marks), and a mark takes no column.
 */

export interface Column<Row> {
  readonly header: string;
  readonly value: (row: Row) => string;
  /** Longer cells are cut with an ellipsis. */
  readonly maxWidth?: number;
  readonly align?: 'left' | 'right';
}

const COMBINING = /\p{M}/u;
// East Asian wide and full-width ranges take two columns (CJK, Hangul, full-width forms).
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** Columns a string occupies in a terminal. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    if (COMBINING.test(char) || char === '\u200b') continue;
    width += WIDE.test(char) ? 2 : 1;
  }
  return width;
}

/** Cuts `text` to at most `width` columns, ending in "…" when something was cut. */
export function truncate(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  if (width <= 0) return '';
  let out = '';
  let used = 0;
  for (const char of text) {
    const w = COMBINING.test(char) ? 0 : WIDE.test(char) ? 2 : 1;
    if (used + w > width - 1) break;
    out += char;
    used += w;
  }
  return `${out}…`;
}

function pad(text: string, width: number, align: 'left' | 'right'): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return align === 'right' ? fill + text : text + fill;
}

/** Renders rows under a header; cells are one line (newlines become spaces), no trailing blanks. */
export function renderTable<Row>(columns: readonly Column<Row>[], rows: readonly Row[]): string {
  const cells = rows.map((row) =>
    columns.map((column) => {
      const value = column.value(row).replace(/\s*\n\s*/g, ' ');
      return column.maxWidth === undefined ? value : truncate(value, column.maxWidth);
    }),
  );
  const widths = columns.map((column, index) => Math.max(displayWidth(column.header), ...cells.map((line) => displayWidth(line[index] ?? ''))));
  const render = (line: readonly string[]) =>
    line
      .map((cell, index) => pad(cell, widths[index] ?? 0, columns[index]?.align ?? 'left'))
      .join('  ')
      .trimEnd();
  return [render(columns.map((column) => column.header)), ...cells.map(render)].join('\n');
}
