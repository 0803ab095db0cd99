import Link from "next/link";
import { Card } from "@/components/ui/card";
import type { Viewer } from "@/lib/auth/viewer";
import { todayCalendarDate } from "@/lib/format/date";
import { loadPreferenceForms } from "@/lib/preferences/load-preference-forms";

/** On a participant's dashboard after a group meeting: the link to say whom they prefer, and whether it is done. */
export async function PreferencePrompt({ viewer }: { viewer: Viewer }) {
  const { forms } = await loadPreferenceForms(viewer, todayCalendarDate(viewer.timeZone));
  if (forms.length === 0) return null;
  const unanswered = forms.filter((f) => f.current.length === 0).length;
  return (
    <Card title="Анкета после групповой встречи" className="mb-4">
      <p>{unanswered ? "Выберите, с кем хотелось бы работать в паре." : "Ваш выбор сохранён, его можно изменить."}</p>
      <Link href="/preferences" className="mt-2 inline-block text-blue-800 underline">
        {unanswered ? "Заполнить анкету" : "Изменить выбор"}
      </Link>
    </Card>
  );
}
