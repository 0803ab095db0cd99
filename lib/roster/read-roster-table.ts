import { checkXlsxSize, XLSX_BROKEN } from "./check-xlsx-size";
import { decodeRosterText } from "./decode-roster-text";
import { detectSeparator, parseCsv, type CsvSeparator } from "./parse-csv";
import { readXlsxSheets, type XlsxSheet } from "./read-xlsx-sheets";
import { MAX_ROSTER_BYTES } from "./roster-file-limits";

export interface RosterTable {
  /** One sheet for a CSV (named ""), every sheet of a workbook otherwise. */
  sheets: XlsxSheet[];
  /** How the file was read, shown to the user: «CSV, Windows-1251, разделитель «;»» or «XLSX». */
  format: string;
}

const separatorNames: Record<CsvSeparator, string> = { ";": "«;»", ",": "«,»", "\t": "табуляция" };

/** Why the file cannot be read at all (in Russian), or null when it looks like a CSV or an XLSX of acceptable size. */
export function checkRosterFile(fileName: string, bytes: Uint8Array): string | null {
  const extension = fileName.split(".").pop()?.toLowerCase() ?? "";
  if (bytes.length === 0) return "Файл пустой.";
  if (bytes.length > MAX_ROSTER_BYTES) return "Файл больше 5 МБ.";
  if (extension === "xls") return "Старый формат .xls не поддерживается: сохраните файл как .xlsx или .csv.";
  if (extension !== "csv" && extension !== "xlsx") return "Загрузите файл CSV или XLSX.";
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (extension === "xlsx" && !zip) return "Файл не похож на XLSX: сохраните его из Excel ещё раз.";
  if (extension === "csv" && zip) return "Это не CSV, а книга Excel: переименуйте файл в .xlsx или сохраните его как CSV.";
  return null;
}

/** Reads a checked roster file into rows of cell texts. Throws a Russian message when an XLSX cannot be opened. */
export async function readRosterTable(fileName: string, bytes: Uint8Array): Promise<RosterTable> {
  if (fileName.toLowerCase().endsWith(".xlsx")) {
    // Refused by unpacked size and row count before exceljs inflates and parses it all in memory.
    const tooBig = await checkXlsxSize(bytes);
    if (tooBig) throw new Error(tooBig);
    try {
      return { sheets: await readXlsxSheets(bytes), format: "XLSX" };
    } catch {
      throw new Error(XLSX_BROKEN);
    }
  }
  const { text, encoding } = decodeRosterText(bytes);
  const separator = detectSeparator(text);
  const rows = parseCsv(text, separator).map((row) => row.map((cell) => cell.trim()));
  return { sheets: [{ name: "", rows, hidden: false }], format: `CSV, ${encoding}, разделитель ${separatorNames[separator]}` };
}
