import { Card } from "@/components/ui/card";
import { NoteActionForm } from "@/components/unmatched/note-action-form";
import type { Viewer } from "@/lib/auth/viewer";
import { formatInstant } from "@/lib/format/date";
import { fullName } from "@/lib/format/person-name";
import { can } from "@/lib/permissions";
import { closeReferral } from "@/lib/unmatched/close-referral";
import { listOpenReferrals } from "@/lib/unmatched/list-open-referrals";

/** The psychologist's tasks: mentees left without a pair whom the curator referred for support. */
export async function ReferralTasks({ viewer }: { viewer: Viewer }) {
  if (!can(viewer, "referral:close")) return null;
  const referrals = await listOpenReferrals(viewer);
  return (
    <Card title={`Направления куратора: ${referrals.length}`} className="mb-4">
      {referrals.length === 0 && <p>Новых направлений нет.</p>}
      <ul className="divide-y divide-slate-100">
        {referrals.map((r) => (
          <li key={r.id} className="py-2">
            <p className="font-medium">
              {fullName(r.mentee.person)}
              {r.mentee.person.pupil && `, ${r.mentee.person.pupil.grade}${r.mentee.person.pupil.classLetter}`}
            </p>
            <p className="text-sm text-slate-700">
              Остался без наставнической пары · направлен {formatInstant(r.createdAt, viewer.timeZone, "short")}
            </p>
            {r.note && <p className="mt-1 text-sm">{r.note}</p>}
            <NoteActionForm
              action={closeReferral}
              input={{ referralId: r.id }}
              summary="Отметить: поддержка оказана"
              noteLabel="Итог работы (конфиденциально)"
              submitLabel="Закрыть направление"
              id={`close-${r.id}`}
            />
          </li>
        ))}
      </ul>
    </Card>
  );
}
