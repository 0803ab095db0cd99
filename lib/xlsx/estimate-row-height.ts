/** Lines a text takes in a column holding `capacity` characters a line, wrapping at spaces as spreadsheets do. */
function wrappedLines(text: string, capacity: number): number {
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    let used = 0;
    lines += 1;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (used > 0 && used + 1 + word.length <= capacity) {
        used += 1 + word.length;
        continue;
      }
      if (used > 0) lines += 1;
      // A word longer than the column is broken over as many lines as it needs.
      lines += Math.floor((word.length - 1) / capacity);
      used = ((word.length - 1) % capacity) + 1;
    }
  }
  return lines;
}

/**
 * A row height (points) that fits each cell's text wrapped in its column: Excel and LibreOffice keep a height written in
 * the file, and neither grows a row for wrapped text on its own reliably. A column width counts digits of the default
 * font (Calibri 11, 7 px); Arial 10's Cyrillic letters average about 7 px in Excel (LibreOffice fits more), bold ones
 * more: one letter a unit, 0.9 in bold, errs on the tall side in both.
 */
export function estimateRowHeight(texts: string[], widths: number[], font: { size: number; bold?: boolean }): number {
  const lines = Math.max(
    1,
    ...texts.map((text, i) => {
      const capacity = Math.max(1, Math.floor((widths[i] - 1) * (10 / font.size) * (font.bold ? 0.9 : 1)));
      return text ? wrappedLines(text, capacity) : 1;
    }),
  );
  return Math.min(409, Math.ceil(lines * font.size * 1.3 + 4));
}
