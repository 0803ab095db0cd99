import type { Metadata } from "next";
import Link from "next/link";
import { PrintButton } from "@/components/print-button";
import { requirePage } from "@/lib/auth/guard";
import { parseRoadmapView } from "@/lib/roadmap/view-params";
import { roadmapHome } from "@/lib/routes/route-access";
import { approvalLines } from "@/lib/roadmap/export/approval-block";
import { loadRoadmapDocument } from "@/lib/roadmap/export/load-roadmap-document";

export const metadata: Metadata = { title: "Дорожная карта — печать" };

const cellClass = "border border-slate-500 px-2 py-1 align-top";

export default async function PrintRoadmapPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const viewer = await requirePage("/curator/print");
  const loaded = await loadRoadmapDocument(viewer, parseRoadmapView(await searchParams).year);
  if (!loaded) return <p>Программа не найдена.</p>;
  const { doc, startYear } = loaded;
  return (
    <article className="bg-white p-4 text-sm text-black print:p-0">
      <div className="mb-4 flex gap-3 print:hidden">
        <PrintButton />
        <Link href={`${roadmapHome(viewer) ?? "/"}?year=${startYear}`} className="self-center text-blue-800 underline">
          ← Дорожная карта
        </Link>
      </div>
      <header className="mb-4 text-center">
        <p>{doc.schoolName}</p>
        <div className="my-3 ml-auto w-fit max-w-full text-left">
          <p className="font-bold">УТВЕРЖДАЮ</p>
          {approvalLines(doc.approval, doc.schoolName).map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
        <h1 className="text-lg font-bold">{doc.title}</h1>
        <p>{doc.subtitle}</p>
      </header>
      <table className="w-full border-collapse">
        <thead>
          <tr>
            {doc.headers.map((h) => (
              <th key={h} scope="col" className={`${cellClass} text-left`}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {doc.rows.map((row) =>
            row.kind === "stage" ? (
              <tr key={`s${row.number}`} className="font-semibold">
                <td className={cellClass}>{row.number}</td>
                <td className={cellClass} colSpan={3}>
                  {row.text}
                </td>
              </tr>
            ) : (
              <tr key={row.number}>
                <td className={cellClass}>{row.number}</td>
                <td className={cellClass}>{row.text}</td>
                <td className={cellClass}>{row.deadline}</td>
                <td className={cellClass}>{row.responsible}</td>
              </tr>
            ),
          )}
        </tbody>
      </table>
    </article>
  );
}
