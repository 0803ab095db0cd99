import type { ConsentRequirement } from "@/lib/consent/consent-rules";
import { formatShortDate } from "@/lib/format/date";
import { fullName, shortName } from "@/lib/format/person-name";

interface Named {
  lastName: string;
  firstName: string;
  middleName: string | null;
}

/** A value written on the line, or an empty line to fill in by hand. */
function Line({ value, hint, wide = false }: { value?: string | null; hint?: string; wide?: boolean }) {
  return (
    <span className="inline-flex flex-col align-top">
      <span className={`inline-block border-b border-black px-1 ${wide ? "min-w-[22rem]" : "min-w-[9rem]"}`}>{value || " "}</span>
      {hint && <span className="text-[10px] leading-tight text-slate-700">{hint}</span>}
    </span>
  );
}

function Identity() {
  return (
    <p className="mt-1">
      паспорт (иной документ): серия <Line /> № <Line />, выдан <Line wide />, адрес регистрации <Line wide />
    </p>
  );
}

function Signature({ who, name }: { who: string; name?: string }) {
  return (
    <p className="mt-4">
      {who}: <Line hint="подпись" /> / <Line value={name} hint="расшифровка подписи" /> «____» ______________ 20____ г.
    </p>
  );
}

/** One paper consent form, prefilled with the pupil's and the linked parents' names; one printed page per form. */
export function ConsentPrintForm({
  schoolName,
  classLabel,
  pupil,
  parents,
  requirement,
  text,
}: {
  schoolName: string;
  classLabel: string;
  pupil: Named & { birthDate: Date | null };
  parents: Named[];
  requirement: ConsentRequirement;
  text: { title: string; body: string; version: number };
}) {
  const pupilLine = (
    <>
      <Line value={fullName(pupil)} hint="фамилия, имя, отчество обучающегося" wide />, дата рождения{" "}
      <Line value={pupil.birthDate ? formatShortDate(pupil.birthDate) : null} />, класс <Line value={classLabel} />
    </>
  );
  const representative = requirement !== "SELF";
  const ownSignature = requirement === "SELF" || requirement === "SELF_AND_REPRESENTATIVE";
  return (
    <article className="mb-10 break-after-page border-b border-dashed border-slate-400 pb-8 text-[13px] leading-relaxed print:mb-0 print:border-0 print:pb-0">
      <p className="text-right text-xs">{schoolName}</p>
      <h2 className="mt-2 text-center text-base font-bold">{text.title}</h2>
      <p className="mb-3 text-center text-xs">Редакция {text.version}</p>
      {representative ? (
        <>
          <p>
            Я,{" "}
            <Line
              value={parents.map(fullName).join(" / ")}
              hint="фамилия, имя, отчество родителя (законного представителя)"
              wide
            />
            ,
          </p>
          <Identity />
          <p className="mt-1">являясь родителем (законным представителем) обучающегося {pupilLine},</p>
        </>
      ) : (
        <>
          <p>Я, {pupilLine},</p>
          <Identity />
        </>
      )}
      {text.body.split("\n\n").map((paragraph, i) => (
        <p key={i} className="mt-2 text-justify">
          {paragraph}
        </p>
      ))}
      {representative && (
        <Signature who="Родитель (законный представитель)" name={parents.length === 1 ? shortName(parents[0]) : undefined} />
      )}
      {ownSignature && (
        <Signature who={representative ? "Обучающийся (с 14 лет), согласен(-на)" : "Участник"} name={shortName(pupil)} />
      )}
    </article>
  );
}
