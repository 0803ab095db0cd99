import type { Metadata } from "next";
import { PreferenceForm } from "@/components/preferences/preference-form";
import { Card, PageTitle } from "@/components/ui/card";
import { requirePage } from "@/lib/auth/guard";
import { todayCalendarDate } from "@/lib/format/date";
import { loadPreferenceForms } from "@/lib/preferences/load-preference-forms";

export const metadata: Metadata = { title: "Кого вы выбираете" };

const titles = {
  MENTEE: "Кого вы хотели бы видеть своим наставником",
  MENTOR: "С кем из ребят вы хотели бы работать",
};

export default async function PreferencesPage() {
  const viewer = await requirePage("/preferences");
  const { forms } = await loadPreferenceForms(viewer, todayCalendarDate(viewer.timeZone));
  return (
    <>
      <PageTitle subtitle="После групповой встречи: выберите по порядку тех, с кем хотелось бы работать. Куратор учтёт выбор при составлении пар.">
        Кого вы выбираете
      </PageTitle>
      {forms.length === 0 && <p>Анкета появится после групповой встречи наставников и наставляемых, на которой вы были.</p>}
      <div className="grid gap-4 md:grid-cols-2">
        {forms.map((form) => (
          <Card
            key={`${form.chooserKind}-${form.chooserId}`}
            title={form.forChild ? `${titles.MENTEE}: ответ за ребёнка (${form.forChild})` : titles[form.chooserKind]}
          >
            <PreferenceForm form={form} />
          </Card>
        ))}
      </div>
    </>
  );
}
