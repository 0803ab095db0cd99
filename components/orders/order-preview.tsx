import { ScrollRegion } from "@/components/ui/scroll-region";
import type { OrderDocument } from "@/lib/orders/order-document";

/** The order's text on screen, as it prints: the same words as the DOCX and the PDF. */
export function OrderPreview({ doc }: { doc: OrderDocument }) {
  return (
    <article aria-label="Текст приказа" className="space-y-3 rounded-lg border border-slate-300 bg-white p-4 font-serif sm:p-8">
      <p className="text-center font-semibold">{doc.schoolName}</p>
      <p className="text-center text-lg font-semibold">ПРИКАЗ</p>
      <p className="flex flex-wrap justify-between gap-2">
        <span>{doc.dateLine}</span>
        <span>{doc.numberLine}</span>
      </p>
      <p className="font-semibold">{doc.title}</p>
      <p>{doc.preamble}</p>
      <p className="font-semibold">{doc.order}</p>
      {doc.before.map((text) => (
        <p key={text}>{text}</p>
      ))}
      <ScrollRegion label="Таблица пар и групп приказа">
        <table className="w-full border-collapse text-left text-sm">
          <thead>
            <tr>
              {doc.headers.map((h) => (
                <th key={h} scope="col" className="border border-slate-400 p-1.5">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {doc.rows.map((row) => (
              <tr key={row[0]} className="align-top">
                {row.map((text, i) => (
                  <td key={i} className="border border-slate-400 p-1.5 whitespace-pre-line">
                    {text}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {doc.after.map((text) => (
        <p key={text}>{text}</p>
      ))}
      {doc.signatures.map((s) => (
        <p key={s.role} className="pt-3">
          {s.role} ________________ / {s.name ?? "________________"} /
        </p>
      ))}
    </article>
  );
}
