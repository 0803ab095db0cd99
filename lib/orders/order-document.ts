import { formatDate, formatShortDate } from "@/lib/format/date";
import { fullName } from "@/lib/format/person-name";
import type { MentoringForm, PairOrderKind, WorkFormat } from "@/lib/generated/prisma/enums";
import { formatLabels, formLabels } from "@/lib/mentorships/labels";
import { schoolYearLabel } from "@/lib/roadmap/schedule";
import { orderTitles } from "./labels";

interface Named {
  lastName: string;
  firstName: string;
  middleName?: string | null;
}

export interface OrderSource {
  schoolName: string;
  kind: PairOrderKind;
  number: string | null;
  signedOn: Date | null;
  programme: { title: string; startYear: number; endsOn: Date };
  /** The programme's first approved order, which a supplementary one adds to. */
  mainOrder: { number: string; signedOn: Date } | null;
  curator: string | null;
  director: string | null;
  pairs: { mentor: Named; mentees: Named[]; form: MentoringForm; format: WorkFormat; variant: string | null }[];
}

export const ORDER_TABLE_HEADERS = ["№", "ФИО наставника", "ФИО наставляемых", "Форма наставничества", "Формат", "Срок"];

/** The text of an order as a school signs it, shared by the page, the DOCX and the PDF. */
export function orderDocument(source: OrderSource) {
  const { programme } = source;
  const start = source.signedOn ? formatShortDate(source.signedOn) : "даты приказа";
  const term = `с ${start} по ${formatShortDate(programme.endsOn)}`;
  const year = schoolYearLabel(programme.startYear);
  const supplement = source.mainOrder
    ? ` В дополнение к приказу от ${formatShortDate(source.mainOrder.signedOn)} № ${source.mainOrder.number} «${orderTitles.INITIAL}».`
    : "";
  return {
    schoolName: source.schoolName,
    title: orderTitles[source.kind],
    dateLine: source.signedOn ? `от ${formatDate(source.signedOn)} г.` : "от «___» ____________ 20___ г.",
    numberLine: `№ ${source.number ?? "______"}`,
    preamble:
      `В соответствии с программой наставничества «${programme.title}» на ${year} учебный год, по итогам групповой ` +
      `встречи наставников и наставляемых и анкетирования участников (этап 5 дорожной карты).${supplement}`,
    order: "ПРИКАЗЫВАЮ:",
    before: ["1. Закрепить наставнические пары (группы) в составе согласно таблице:"],
    headers: ORDER_TABLE_HEADERS,
    rows: source.pairs.map((pair, i) => [
      String(i + 1),
      fullName(pair.mentor),
      pair.mentees.map(fullName).join("\n"),
      pair.variant ? `${formLabels[pair.form]} («${pair.variant}»)` : formLabels[pair.form],
      formatLabels[pair.format],
      term,
    ]),
    after: [
      "2. Наставникам организовать работу пар (групп) по индивидуальным планам и проводить встречи в соответствии с дорожной картой.",
      `3. Ответственный за реализацию программы наставничества — куратор ${source.curator ?? "______________________"}.`,
      "4. Контроль за исполнением приказа оставляю за собой.",
    ],
    signatures: [
      { role: "Директор", name: source.director },
      { role: "С приказом ознакомлен(а), куратор", name: source.curator },
    ],
    acquainted: [...new Set(source.pairs.map((pair) => fullName(pair.mentor)))],
  };
}

export type OrderDocument = ReturnType<typeof orderDocument>;
