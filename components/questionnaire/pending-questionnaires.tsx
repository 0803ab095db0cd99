import Link from "next/link";
import { Card } from "@/components/ui/card";
import type { Viewer } from "@/lib/auth/viewer";
import type { Role } from "@/lib/generated/prisma/enums";
import { formatDate } from "@/lib/format/date";
import { fullName } from "@/lib/format/person-name";
import { listPendingQuestionnaires } from "@/lib/questionnaires/list-pending";

/** The questionnaires waiting for the viewer; says whom each one is about when it is not the viewer. */
export async function PendingQuestionnaires({ viewer, audience }: { viewer: Viewer; audience: Role }) {
  const pending = await listPendingQuestionnaires(viewer, audience);
  if (pending.length === 0) return null;
  return (
    <Card title="Анкеты, которые ждут ответа" className="mb-6">
      <ul className="divide-y divide-slate-100">
        {pending.map((item) => (
          <li key={item.id} className="flex flex-col gap-1 py-3 sm:flex-row sm:items-center sm:justify-between">
            <div>
              <Link href={`/questionnaires/${item.id}`} className="font-medium text-blue-800 underline">
                {item.template.title}
              </Link>
              <p className="text-sm text-slate-700">
                {item.subject.userId !== viewer.userId && <>О ребёнке: {fullName(item.subject)}. </>}
                {item.dueOn && <>Заполнить до {formatDate(item.dueOn)}</>}
              </p>
            </div>
          </li>
        ))}
      </ul>
    </Card>
  );
}
