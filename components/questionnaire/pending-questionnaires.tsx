import Link from "next/link";
import { Card } from "@/components/ui/card";
import type { Viewer } from "@/lib/auth/viewer";
import type { Role } from "@/lib/generated/prisma/enums";
import { formatDate } from "@/lib/format/date";
import { fullName } from "@/lib/format/person-name";
import { listPendingQuestionnaires } from "@/lib/questionnaires/list-pending";

/** The questionnaires waiting for the viewer; says whom each one is about when it is not the viewer, highlights reminders. */
export async function PendingQuestionnaires({ viewer, audience }: { viewer: Viewer; audience: Role }) {
  const pending = await listPendingQuestionnaires(viewer, audience);
  if (pending.length === 0) return null;
  return (
    <Card title="Анкеты, которые ждут ответа" className="mb-6">
      <ul className="divide-y divide-slate-100">
        {pending.map((item) => (
          <li
            key={item.id}
            className={`flex flex-col gap-1 py-3 sm:flex-row sm:items-center sm:justify-between ${item.remindedAt ? "-mx-2 rounded-md border-l-4 border-amber-500 bg-amber-50 px-2" : ""}`}
          >
            <div>
              <Link href={`/questionnaires/${item.id}`} className="font-medium text-blue-800 underline">
                {item.template.title}
              </Link>
              {item.remindedAt && (
                <p className="text-sm font-semibold text-amber-900">
                  Напоминание: ответьте{item.dueOn ? ` до ${formatDate(item.dueOn)}` : " как можно скорее"}
                </p>
              )}
              <p className="text-sm text-slate-700">
                {item.subject.userId !== viewer.userId && <>О ребёнке: {fullName(item.subject)}. </>}
                {item.dueOn && !item.remindedAt && <>Заполнить до {formatDate(item.dueOn)}. </>}
                {item.draftSavedAt && <>Есть сохранённый черновик.</>}
              </p>
            </div>
          </li>
        ))}
      </ul>
    </Card>
  );
}
