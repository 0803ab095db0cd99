// Opens the exported documents in LibreOffice, for a human to look at: `npx tsx scripts/check-documents.ts [folder]`.
// Writes the roadmap DOCX and XLSX and a questionnaire results XLSX (sample data, no database) — and with
// `--database` (`npx tsx --conditions=react-server scripts/check-documents.ts [folder] --database`, on the demo data
// of DATABASE_URL or the embedded database) also the programme's DOCX and PDF, the director's report and the
// coordinator's view as DOCX, XLSX and PDF (a demo without a programme text gets its first draft from the template) —
// converts each to PDF
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

const args = process.argv.slice(2);
const fromDatabase = args.includes("--database");
const folder = path.resolve(args.find((arg) => !arg.startsWith("--")) ?? "/tmp/nastavnik-documents");

/** The demo school's documents, as the curator, the director and the coordinator download them. */
async function demoDocuments(): Promise<[string, Buffer][]> {
  const { getDb } = await import("@/lib/db/client");
  const { loadViewer } = await import("@/lib/auth/load-viewer");
  const { loadProgrammeDocument } = await import("@/lib/programme-document/load-programme-document");
  const { programmeDocx } = await import("@/lib/programme-document/programme-docx");
  const { programmePdf } = await import("@/lib/programme-document/programme-pdf");
  const { getDirectorReport } = await import("@/lib/reports/get-director-report");
  const { directorReportDocument } = await import("@/lib/reports/director-report-document");
  const { getMunicipalReport } = await import("@/lib/municipality/get-municipal-report");
  const { municipalReportDocument } = await import("@/lib/municipality/municipal-report-document");
  const { reportDocx } = await import("@/lib/reports/export/report-docx");
  const { reportXlsx } = await import("@/lib/reports/export/report-xlsx");
  const { reportPdf } = await import("@/lib/reports/export/report-pdf");
  const { todayCalendarDate } = await import("@/lib/format/date");
  const db = getDb();
  const viewerOf = async (login: string) => {
    const user = await db.user.findUniqueOrThrow({ where: { login }, select: { id: true, sessionVersion: true } });
    return (await loadViewer(db, user.id, user.sessionVersion))!;
  };
  const [curator, director, coordinator] = await Promise.all(["curator", "director", "coordinator"].map(viewerOf));
  const today = todayCalendarDate(director.timeZone);
  // The demo starts without a programme text: the first draft is made from the template, as «Начать с шаблона» does.
  const { textTemplate } = await import("@/lib/programme-document/text-template");
  const current = await db.programme.findFirstOrThrow({ where: { schoolId: curator.schoolId }, orderBy: { startYear: "desc" } });
  if (!(await db.programmeTextVersion.count({ where: { programmeId: current.id } }))) {
    await db.programmeTextVersion.create({
      data: { schoolId: curator.schoolId, programmeId: current.id, number: 1, sections: textTemplate(current) },
    });
  }
  const programme = await loadProgrammeDocument(curator);
  const report = directorReportDocument(await getDirectorReport(director, today), director.schoolName, today);
  const municipal = municipalReportDocument(await getMunicipalReport(coordinator, today), today);
  return [
    ["programme.docx", await programmeDocx(programme)],
    ["programme.pdf", await programmePdf(programme)],
    ["report.docx", await reportDocx(report)],
    ["report.xlsx", await reportXlsx(report)],
    ["report.pdf", await reportPdf(report)],
    ["municipality.docx", await reportDocx(municipal)],
    ["municipality.xlsx", await reportXlsx(municipal)],
  ];
}

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
  ...(fromDatabase ? await demoDocuments() : []),
];
for (const [name, bytes] of documents) {
  // One folder per document: LibreOffice names the PDF after the file, and roadmap.docx and roadmap.xlsx would clash.
  const own = path.join(folder, name.replace(".", "-"));
  fs.mkdirSync(own, { recursive: true });
  const file = path.join(own, name);
  fs.writeFileSync(file, bytes);
  // Our own PDFs are read as they are; office files are opened and converted by LibreOffice.
  if (!name.endsWith(".pdf")) run("soffice", ["--headless", "--convert-to", "pdf", "--outdir", own, file]);
  const pdf = file.replace(/\.\w+$/, ".pdf");
  const info = run("pdfinfo", [pdf]);
  const pages = /Pages:\s+(\d+)/.exec(info)?.[1];
  const size = /Page size:\s+(.+)/.exec(info)?.[1];
  run("pdftoppm", ["-r", "80", "-png", pdf, path.join(own, "page")]);
  console.log(`${name}: ${pages} pages, ${size} → ${own}/page-*.png`);
}
// The database client (with --database) would keep the process alive.
process.exit(0);
