import ExcelJS from "exceljs";
import JSZip from "jszip";

/** The visible text of a .docx: its paragraphs joined by newlines. */
export async function docxText(file: Buffer): Promise<string> {
  const xml = await (await JSZip.loadAsync(file)).file("word/document.xml")!.async("string");
  return xml
    .split("</w:p>")
    .map((paragraph) => [...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(""))
    .filter(Boolean)
    .join("\n")
    .replaceAll("&quot;", '"')
    .replaceAll("&amp;", "&")
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">");
}

/** Every sheet of an .xlsx as rows of cell texts. */
export async function xlsxRows(file: Buffer): Promise<Record<string, string[][]>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file as unknown as ArrayBuffer);
  const sheets: Record<string, string[][]> = {};
  workbook.eachSheet((sheet) => {
    const rows: string[][] = [];
    // Array.from, not map: empty cells are holes in row.values, and map would keep them as holes.
    sheet.eachRow((row) => rows.push(Array.from((row.values as unknown[]).slice(1), (v) => (v == null ? "" : String(v)))));
    sheets[sheet.name] = rows;
  });
  return sheets;
}
