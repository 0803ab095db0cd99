export type CsvSeparator = ";" | "," | "\t";

const candidates: CsvSeparator[] = [";", ",", "\t"];

/** Rows of cells: quoted fields may hold separators, line breaks and doubled quotes; CRLF, LF and CR end a row. */
export function parseCsv(text: string, separator: CsvSeparator): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  let i = 0;
  const endCell = () => {
    row.push(cell);
    cell = "";
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    row = [];
  };
  while (i < text.length) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (char === '"') quoted = false;
      else cell += char;
      i += 1;
      continue;
    }
    if (char === '"' && cell.trim() === "") {
      quoted = true;
      cell = "";
    } else if (char === separator) endCell();
    else if (char === "\r" || char === "\n") {
      endRow();
      if (char === "\r" && text[i + 1] === "\n") i += 1;
    } else cell += char;
    i += 1;
  }
  if (cell !== "" || row.length > 0) endRow();
  return rows;
}

/**
 * The separator that splits the first rows most consistently: for each candidate, how many of the first 20 non-empty rows
 * have its most common column count (above 1). A title row with no separators does not spoil the guess.
 */
export function detectSeparator(text: string): CsvSeparator {
  const sample = text.slice(0, 64 * 1024);
  let best: { separator: CsvSeparator; score: number; columns: number } = { separator: ";", score: -1, columns: 0 };
  for (const separator of candidates) {
    const counts = parseCsv(sample, separator)
      .filter((row) => row.some((cell) => cell.trim() !== ""))
      .slice(0, 20)
      .map((row) => row.length)
      .filter((count) => count > 1);
    const frequency = new Map<number, number>();
    for (const count of counts) frequency.set(count, (frequency.get(count) ?? 0) + 1);
    for (const [columns, score] of frequency) {
      if (score > best.score || (score === best.score && columns > best.columns)) best = { separator, score, columns };
    }
  }
  return best.separator;
}
