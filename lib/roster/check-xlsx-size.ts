import type { Readable } from "node:stream";
import yauzl, { type Entry, type ZipFile } from "yauzl";

/** What an XLSX roster may unpack to, and how many rows a sheet may have: a school's list is far below both. */
export const MAX_XLSX_UNPACKED_BYTES = 20 * 1024 * 1024;
export const MAX_ROSTER_ROWS = 10_000;
const MAX_XLSX_PARTS = 1_000;

export const XLSX_TOO_BIG = "Файл XLSX после распаковки больше 20 МБ: оставьте в книге только список или сохраните его как CSV.";
export const XLSX_TOO_MANY_ROWS = `В листе больше ${MAX_ROSTER_ROWS.toLocaleString("ru-RU")} строк: разделите список на несколько файлов.`;
export const XLSX_BROKEN = "Не удалось открыть файл XLSX: возможно, он повреждён или защищён паролем.";

const worksheet = /^xl\/worksheets\/[^/]+\.xml$/i;
// <row ...> with or without a namespace prefix; its r="…" is the row's number, which can skip ahead.
const rowTag = /<(?:\w+:)?row\b([^>]*)>/g;
const rowNumber = /\br="(\d+)"/;

/**
 * Why an XLSX must not be handed to exceljs, or null. Reads the zip's central directory first (declared sizes, no
 * inflating), then inflates every part once as a stream, counting the sheets' rows: yauzl stops a part that inflates
 * past its declared size, so a file that lies in its headers is refused too, and no more than the limit is ever unpacked.
 */
export function checkXlsxSize(bytes: Uint8Array): Promise<string | null> {
  return new Promise((resolve) => {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    yauzl.fromBuffer(buffer, { lazyEntries: true, validateEntrySizes: true }, (openError, zip) => {
      if (openError || !zip) return resolve(XLSX_BROKEN);
      const finish = (answer: string | null) => {
        zip.close();
        resolve(answer);
      };
      if (zip.entryCount > MAX_XLSX_PARTS) return finish(XLSX_TOO_BIG);
      let declared = 0;
      const entries: Entry[] = [];
      zip.on("error", () => finish(XLSX_BROKEN));
      zip.on("entry", (entry: Entry) => {
        declared += entry.uncompressedSize;
        if (declared > MAX_XLSX_UNPACKED_BYTES) return finish(XLSX_TOO_BIG);
        entries.push(entry);
        zip.readEntry();
      });
      zip.on("end", () => {
        inflateAll(zip, entries).then(finish, () => finish(XLSX_BROKEN));
      });
      zip.readEntry();
    });
  });
}

async function inflateAll(zip: ZipFile, entries: Entry[]): Promise<string | null> {
  for (const entry of entries) {
    if (entry.fileName.endsWith("/")) continue;
    const rows = await countRows(await openStream(zip, entry), worksheet.test(entry.fileName));
    if (rows > MAX_ROSTER_ROWS) return XLSX_TOO_MANY_ROWS;
  }
  return null;
}

function openStream(zip: ZipFile, entry: Entry): Promise<Readable> {
  return new Promise((resolve, reject) =>
    zip.openReadStream(entry, (error, stream) => (error || !stream ? reject(error) : resolve(stream))),
  );
}

/** Drains a part; for a sheet, the number of its last row (the larger of the rows seen and the highest r="…"). */
async function countRows(stream: Readable, isSheet: boolean): Promise<number> {
  let rows = 0;
  let tail = "";
  for await (const chunk of stream) {
    if (!isSheet) continue;
    const text = tail + (chunk as Buffer).toString("utf8");
    let end = 0;
    for (const match of text.matchAll(rowTag)) {
      const numbered = Number(rowNumber.exec(match[1])?.[1] ?? 0);
      rows = Math.max(rows + 1, numbered);
      end = match.index + match[0].length;
    }
    // A tag cut by the chunk's end is matched in the next round; keep a bounded tail, never the whole part.
    tail = text.slice(Math.max(end, text.length - 512));
    if (rows > MAX_ROSTER_ROWS) {
      stream.destroy();
      break;
    }
  }
  return rows;
}
