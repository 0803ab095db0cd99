import "server-only";
import path from "node:path";
import pdfmake from "pdfmake";
import type { TDocumentDefinitions } from "pdfmake/interfaces";

// Roboto ships inside pdfmake as TrueType with Cyrillic glyphs and is embedded (subset) into every PDF, so the text is
// real, selectable text. The app's Inter comes only as WOFF2 files split by alphabet, which one PDF font cannot be.
// From the project's node_modules at run time (next start, tests): a bundler must not rewrite the path.
const fontDirectory = path.join(/*turbopackIgnore: true*/ process.cwd(), "node_modules", "pdfmake", "fonts", "Roboto");
const font = (file: string) => path.join(fontDirectory, file);
pdfmake.setFonts({
  Roboto: {
    normal: font("Roboto-Regular.ttf"),
    bold: font("Roboto-Medium.ttf"),
    italics: font("Roboto-Italic.ttf"),
    bolditalics: font("Roboto-MediumItalic.ttf"),
  },
});
// Nothing from the network, and from the disk only the fonts.
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((file) => path.resolve(file).startsWith(fontDirectory));

/** Every PDF of the app (orders, reports, the programme, certificates) is rendered here, with the embedded Roboto. */
export function renderPdf(definition: TDocumentDefinitions): Promise<Buffer> {
  return pdfmake.createPdf(definition).getBuffer();
}
