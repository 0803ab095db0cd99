import type { Metadata } from "next";
import Link from "next/link";
import { AddYoungTeacherForm } from "@/components/mentees/add-young-teacher-form";
import { Card, PageTitle } from "@/components/ui/card";
import { requirePage } from "@/lib/auth/guard";
import { fullName } from "@/lib/format/person-name";
import { listYoungTeacherCandidates } from "@/lib/mentees/list-young-teachers";
import { yearsWord } from "@/lib/mentees/years-word";

export const metadata: Metadata = { title: "Добавить молодого педагога" };

export default async function AddYoungTeacherPage() {
  const viewer = await requirePage("/curator/mentees/add-teacher");
  const teachers = await listYoungTeacherCandidates(viewer);
  return (
    <div className="mx-auto max-w-2xl">
      <Link href="/curator/mentees" className="text-sm text-blue-800 underline">
        ← База наставляемых
      </Link>
      <PageTitle subtitle="Молодой специалист — педагог со стажем от 0 до 3 лет.">Добавить молодого педагога</PageTitle>
      <Card>
        {teachers.length === 0 ? (
          <p>Нет педагогов со стажем до 3 лет, которых ещё нет в базе наставляемых.</p>
        ) : (
          <AddYoungTeacherForm
            teachers={teachers.map((t) => ({
              personId: t.personId,
              label: `${fullName(t)} — ${t.position}, стаж ${t.experienceYears} ${yearsWord(t.experienceYears)}`,
            }))}
          />
        )}
      </Card>
    </div>
  );
}
