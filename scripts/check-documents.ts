// Opens the exported documents in LibreOffice, for a human to look at: `npx tsx scripts/check-documents.ts [folder]`.
// Writes the roadmap DOCX and XLSX and a questionnaire results XLSX (sample data, no database), converts each to PDF
// with `soffice --headless --convert-to pdf`, prints the pages' count and size (pdfinfo), and renders every page to PNG
// (pdftoppm) for a look: no overlapping lines, A4, header rows repeated on each page, the approval block.
// Needs LibreOffice and poppler-utils (Debian: apt-get install -y libreoffice-calc libreoffice-writer poppler-utils).
// The automated tests (tests/unit/document-print-settings.test.ts) check the same files' XML without LibreOffice.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { resultsXlsx } from "@/lib/questionnaires/results/results-xlsx";
import { roadmapDocx } from "@/lib/roadmap/export/roadmap-docx";
import { roadmapXlsx } from "@/lib/roadmap/export/roadmap-xlsx";
import { sampleResults, sampleRoadmapDocument } from "../tests/support/sample-documents";

const folder = path.resolve(process.argv[2] ?? "/tmp/nastavnik-documents");

function run(command: string, args: string[]): string {
  try {
    return execFileSync(command, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === "ENOENT";
    console.error(missing ? `${command} is not installed (see the top of this script).` : String(error));
    process.exit(1);
  }
}

fs.mkdirSync(folder, { recursive: true });
const documents: [string, Buffer][] = [
  ["roadmap.docx", await roadmapDocx(sampleRoadmapDocument())],
  ["roadmap.xlsx", await roadmapXlsx(sampleRoadmapDocument())],
  ["results.xlsx", await resultsXlsx(sampleResults(), "Все ответы · 2026/2027 учебный год")],
];
for (const [name, bytes] of documents) {
  // One folder per document: LibreOffice names the PDF after the file, and roadmap.docx and roadmap.xlsx would clash.
  const own = path.join(folder, name.replace(".", "-"));
  fs.mkdirSync(own, { recursive: true });
  const file = path.join(own, name);
  fs.writeFileSync(file, bytes);
  run("soffice", ["--headless", "--convert-to", "pdf", "--outdir", own, file]);
  const pdf = file.replace(/\.\w+$/, ".pdf");
  const info = run("pdfinfo", [pdf]);
  const pages = /Pages:\s+(\d+)/.exec(info)?.[1];
  const size = /Page size:\s+(.+)/.exec(info)?.[1];
  run("pdftoppm", ["-r", "80", "-png", pdf, path.join(own, "page")]);
  console.log(`${name}: ${pages} pages, ${size} → ${own}/page-*.png`);
}
