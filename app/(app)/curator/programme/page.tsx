import type { Metadata } from "next";
import { ProgrammeNav } from "@/components/programme/programme-nav";
import { SectionForm } from "@/components/programme/section-form";
import { StartTextButton } from "@/components/programme/start-text-button";
import { VersionList } from "@/components/programme/version-list";
import { Card, PageTitle } from "@/components/ui/card";
import { loadOrRefuse, requirePage } from "@/lib/auth/guard";
import { formLabels } from "@/lib/mentorships/labels";
import { can } from "@/lib/permissions";
import { getProgrammeText } from "@/lib/programme-document/get-programme-text";
import { textStatusLabels } from "@/lib/programme-document/labels";
import { plainSectionKeys, sectionTitles } from "@/lib/programme-document/sections-schema";

export const metadata: Metadata = { title: "Программа наставничества" };

const hints: Partial<Record<(typeof plainSectionKeys)[number], string>> = {
  compiler: "Должность и ФИО, например: советник по воспитанию Иванова Анна Петровна",
  tasks: "Каждая задача — с новой строки: в документе они будут пронумерованы",
};

export default async function ProgrammeTextPage() {
  const viewer = await requirePage("/curator/programme");
  const { programme, latest, approved, versions } = await loadOrRefuse(getProgrammeText(viewer));
  const editor = can(viewer, "programme-document:edit");
  return (
    <>
      <PageTitle subtitle={latest ? `Версия ${latest.number}: ${textStatusLabels[latest.status]}` : "Текст ещё не создан"}>
        Программа «{programme.title}»
      </PageTitle>
      <ProgrammeNav viewer={viewer} current="/curator/programme" />
      {!latest && (
        <Card title="Текст программы">
          <p className="mb-3">
            Шаблон повторяет разделы утверждаемой программы: введение, срок, цель, задачи, ожидаемые результаты по формам,
            механизм реализации, ролевые модели. Школа дописывает его под себя.
          </p>
          {editor && <StartTextButton />}
        </Card>
      )}
      {latest && (
        <div className="grid gap-4 lg:grid-cols-[3fr_1fr]">
          <div className="space-y-4">
            {latest.status === "APPROVED" && (
              <p role="status" className="rounded-md bg-amber-50 p-3 text-sm text-amber-900">
                Версия {latest.number} утверждена и не меняется. Сохранённая правка создаст новую версию, которую нужно будет
                утвердить заново.
              </p>
            )}
            {plainSectionKeys.map((key) => (
              <Card key={key}>
                {editor ? (
                  <SectionForm
                    key={key}
                    id={`section-${key}`}
                    label={sectionTitles[key]}
                    hint={hints[key]}
                    value={latest.sections[key]}
                    versionId={latest.id}
                    rows={key === "compiler" || key === "term" ? 2 : 6}
                    target={{ section: key }}
                  />
                ) : (
                  <ReadOnly title={sectionTitles[key]} text={latest.sections[key]} />
                )}
              </Card>
            ))}
            {(["expectedResults", "roleModels"] as const).map((key) => (
              <Card key={key} title={sectionTitles[key]}>
                <div className="space-y-4">
                  {programme.forms.map((form) => {
                    const text = latest.sections[key].find((entry) => entry.form === form)?.text ?? "";
                    const label = `${sectionTitles[key]}: «${formLabels[form].toLowerCase()}»`;
                    return editor ? (
                      <SectionForm
                        key={`${key}-${form}`}
                        id={`section-${key}-${form}`}
                        label={label}
                        value={text}
                        versionId={latest.id}
                        target={{ section: key, form }}
                      />
                    ) : (
                      <ReadOnly key={form} title={label} text={text} />
                    );
                  })}
                </div>
              </Card>
            ))}
          </div>
          <VersionList versions={versions} approvedNumber={approved?.number ?? null} />
        </div>
      )}
    </>
  );
}

function ReadOnly({ title, text }: { title: string; text: string }) {
  return (
    <div>
      <h2 className="mb-1 font-semibold">{title}</h2>
      <p className="whitespace-pre-line">{text || "Не заполнено"}</p>
    </div>
  );
}
