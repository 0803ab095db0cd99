import { PDFParse } from "pdf-parse";

/** The text of a PDF, as a reader who selects and copies it gets it. */
export async function pdfText(file: Buffer | Uint8Array): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(file) });
  try {
    return (await parser.getText()).text;
  } finally {
    await parser.destroy();
  }
}
