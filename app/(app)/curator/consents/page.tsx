import type { Metadata } from "next";
import Link from "next/link";
import { ConsentRecords } from "@/components/consent/consent-records";
import { ConsentTextForm } from "@/components/consent/consent-text-form";
import { PaperConsentForm } from "@/components/consent/paper-consent-form";
import { WithdrawConsentForm } from "@/components/consent/withdraw-consent-form";
import { ClassPicker } from "@/components/ui/class-picker";
import { Card, PageTitle } from "@/components/ui/card";
import { NameSearchField } from "@/components/ui/name-search-field";
import { NoMatches } from "@/components/ui/no-matches";
import { Button } from "@/components/ui/button";
import { requirePage } from "@/lib/auth/guard";
import { describeConsent } from "@/lib/consent/consent-rules";
import { consentPurposes, currentConsentTexts, listConsentTextVersions } from "@/lib/consent/consent-texts";
import { consentPurposeLabels, defaultConsentTexts } from "@/lib/consent/default-texts";
import { listClassConsents, listConsentClasses } from "@/lib/consent/list-class-consents";
import { formatInstant, formatShortDate } from "@/lib/format/date";
import { fullName, shortName } from "@/lib/format/person-name";
import { classKey, parseClassKey } from "@/lib/invitations/class-key";
import { can } from "@/lib/permissions";
import { readNameQuery } from "@/lib/search/name-search";
import { ScrollRegion } from "@/components/ui/scroll-region";

export const metadata: Metadata = { title: "Согласия" };

const cell = "border-b border-slate-200 px-2 py-2 align-top";

export default async function ConsentsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const viewer = await requirePage("/curator/consents");
  const classes = (await listConsentClasses(viewer)).map(classKey);
  const params = await searchParams;
  const requested = typeof params.class === "string" ? params.class : "";
  const selected = classes.includes(requested) ? requested : classes[0];
  const schoolClass = parseClassKey(selected);
  // A name search looks through every class; without one, the chosen class is listed.
  const q = readNameQuery(params);
  const [rows, texts, versions] = await Promise.all([
    q
      ? listClassConsents(viewer, { q }, "Согласия, поиск по ФИО")
      : schoolClass
        ? listClassConsents(viewer, schoolClass, `Согласия, класс ${selected}`)
        : [],
    currentConsentTexts(viewer.schoolId),
    listConsentTextVersions(viewer.schoolId),
  ]);
  const mayRecord = can(viewer, "consent:record-paper");

  return (
    <>
      <PageTitle subtitle="Кто дал согласие, за кого, на какую редакцию текста, когда и как; без действующего согласия ученика нельзя включить в пару и отправить ему анкету">
        Согласия на обработку персональных данных
      </PageTitle>
      <nav aria-label="Согласия" className="mb-4 flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {selected && (
          <>
            <Link href={`/curator/consents/print?class=${encodeURIComponent(selected)}`} className="text-blue-800 underline">
              Печать бланков
            </Link>
            <Link
              href={`/curator/consents/print?class=${encodeURIComponent(selected)}&purpose=PUBLICATION`}
              className="text-blue-800 underline"
            >
              Бланки на публикацию фото
            </Link>
          </>
        )}
        <Link href="/curator/consents/acts" className="text-blue-800 underline">
          Акты об уничтожении
        </Link>
      </nav>
      {classes.length === 0 ? (
        <p>В школе пока нет учеников: сначала загрузите контингент.</p>
      ) : (
        <div className="space-y-4">
          <div className="flex flex-wrap items-end gap-6">
            <ClassPicker classes={classes} selected={selected} />
            <form method="get" className="flex flex-wrap items-end gap-3" aria-label="Поиск ученика">
              <NameSearchField id="consent-q" defaultValue={q} />
              <Button type="submit" variant="secondary">
                Найти
              </Button>
            </form>
          </div>
          <Card title={q ? `Найдено по запросу «${q}»: ${rows.length}` : `Ученики ${selected} класса`}>
            {rows.length === 0 ? (
              <NoMatches
                query={q}
                resetHref={`/curator/consents?class=${encodeURIComponent(selected)}`}
                otherwise="В классе нет учеников."
              />
            ) : (
              <ScrollRegion label="Согласия учеников класса">
                <table className="w-full min-w-[48rem] border-collapse text-sm">
                  <thead>
                    <tr className="text-left">
                      <th scope="col" className={cell}>
                        Ученик
                      </th>
                      <th scope="col" className={cell}>
                        Родители
                      </th>
                      <th scope="col" className={cell}>
                        Обработка данных
                      </th>
                      <th scope="col" className={cell}>
                        Публикация фото
                      </th>
                      <th scope="col" className={cell}>
                        Подбор пары
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((row) => (
                      <tr key={row.id}>
                        <th scope="row" className={`${cell} text-left font-medium`}>
                          {fullName(row)}
                          {q && row.pupil && (
                            <span className="block text-xs font-normal text-slate-600">{classKey(row.pupil)} класс</span>
                          )}
                          <span className="block text-xs font-normal text-slate-600">
                            {row.birthDate ? formatShortDate(row.birthDate) : "дата рождения не указана"}
                          </span>
                        </th>
                        <td className={cell}>{row.parents.length ? row.parents.map(shortName).join(", ") : "—"}</td>
                        {consentPurposes.map((purpose) => (
                          <td key={purpose} className={cell}>
                            <span className={row.status[purpose].valid ? "font-medium text-green-800" : "text-slate-900"}>
                              {describeConsent(row.status[purpose])}
                            </span>
                            <ConsentRecords consents={row.consentsAbout} purpose={purpose} timeZone={viewer.timeZone} />
                            {mayRecord && row.consentsAbout.some((c) => c.purpose === purpose && !c.withdrawnAt) && (
                              <div className="mt-2">
                                <WithdrawConsentForm subjectId={row.id} purpose={purpose} subjectName={fullName(row)} paper />
                              </div>
                            )}
                          </td>
                        ))}
                        <td className={cell}>
                          {row.eligibility.eligible ? (
                            <span className="font-medium text-green-800">Можно</span>
                          ) : (
                            <ul className="list-disc pl-4">
                              {row.eligibility.reasons.map((r) => (
                                <li key={r}>{r}</li>
                              ))}
                            </ul>
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollRegion>
            )}
          </Card>
          {mayRecord && rows.length > 0 && (
            <Card title="Записать бумажное согласие">
              <PaperConsentForm
                pupils={rows
                  .filter((r) => !r.anonymisedAt)
                  .map((r) => ({
                    id: r.id,
                    name: fullName(r),
                    parents: r.parents.map((p) => ({ id: p.id, name: fullName(p) })),
                  }))}
                texts={versions}
              />
            </Card>
          )}
        </div>
      )}
      {can(viewer, "consent:manage-texts") && (
        <Card title="Тексты согласий" className="mt-4">
          <p className="mb-3 text-sm text-slate-700">
            Изменённый текст публикуется как новая редакция: новые согласия даются на неё, прежние остаются привязаны к своей.
          </p>
          {consentPurposes.map((purpose) => {
            const text = texts[purpose];
            const sample = defaultConsentTexts(viewer.schoolName)[purpose];
            return (
              <details key={purpose} open={!text} className="mb-3 rounded-md border border-slate-200 p-3">
                <summary className="cursor-pointer font-medium">
                  {consentPurposeLabels[purpose]} —{" "}
                  {text
                    ? `редакция ${text.version} от ${formatInstant(text.createdAt, viewer.timeZone, "short")}`
                    : "текст ещё не опубликован"}
                </summary>
                <div className="mt-3">
                  {!text && (
                    <p className="mb-2 text-sm text-slate-700">
                      Пока текст не опубликован, согласие нельзя дать в приложении и распечатать. Ниже — образец: проверьте его и
                      опубликуйте.
                    </p>
                  )}
                  <ConsentTextForm purpose={purpose} title={text?.title ?? sample.title} body={text?.body ?? sample.body} />
                </div>
              </details>
            );
          })}
        </Card>
      )}
    </>
  );
}
