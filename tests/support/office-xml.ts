import ExcelJS from "exceljs";
import JSZip from "jszip";

/** A workbook read twice, by exceljs and as raw XML parts, to check what office suites will read from the file. */
export async function openXlsx(file: Buffer) {
  const zip = await JSZip.loadAsync(file);
  const part = async (name: string) => (await zip.file(name)?.async("string")) ?? "";
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(file as unknown as ArrayBuffer);
  const workbookXml = await part("xl/workbook.xml");
  const sheetXml = async (name: string) => part(`xl/worksheets/sheet${book.getWorksheet(name)!.id}.xml`);
  return { book, workbookXml, sheetXml };
}

/** The XML parts of a .docx: the body, the styles, and the footers. */
export async function openDocx(file: Buffer) {
  const zip = await JSZip.loadAsync(file);
  const part = async (name: string) => (await zip.file(name)?.async("string")) ?? "";
  const footers = await Promise.all(zip.file(/^word\/footer\d+\.xml$/).map((f) => f.async("string")));
  return { document: await part("word/document.xml"), styles: await part("word/styles.xml"), footers };
}

/** The text of each paragraph of an XML part. */
export function paragraphs(xml: string): string[] {
  return xml
    .split("</w:p>")
    .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(""))
    .filter(Boolean);
}
