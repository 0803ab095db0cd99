import type { Metadata } from "next";
import Link from "next/link";
import { AddPupilsForm } from "@/components/mentees/add-pupils-form";
import { ClassSelect } from "@/components/mentees/class-select";
import { Card, PageTitle } from "@/components/ui/card";
import { requirePage } from "@/lib/auth/guard";
import { fullName } from "@/lib/format/person-name";
import { listClassPupils, listSchoolClasses } from "@/lib/mentees/list-class-pupils";
import { className, parseClassName } from "@/lib/mentees/rules";

export const metadata: Metadata = { title: "Добавить учеников в базу наставляемых" };

export default async function AddPupilsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const viewer = await requirePage("/curator/mentees/add-pupils");
  const raw = (await searchParams).class;
  const klass = parseClassName(typeof raw === "string" ? raw : null);
  const classes = await listSchoolClasses(viewer);
  const pupils = klass ? await listClassPupils(viewer, klass) : [];
  return (
    <div className="mx-auto max-w-2xl">
      <Link href="/curator/mentees" className="text-sm text-blue-800 underline">
        ← База наставляемых
      </Link>
      <PageTitle subtitle="Выберите класс и отметьте учеников, которым нужен наставник.">Добавить учеников</PageTitle>
      <Card>
        <form method="get" action="/curator/mentees/add-pupils" className="flex flex-wrap items-end gap-2">
          <ClassSelect
            classes={classes}
            value={klass ? className(klass) : ""}
            emptyLabel="Выберите класс"
            labelClass="grow text-sm font-medium"
            selectClass="block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base"
          />
          <button type="submit" className="min-h-10 rounded-md border border-slate-300 bg-white px-4 text-sm hover:bg-slate-100">
            Показать учеников
          </button>
        </form>
        {classes.length === 0 && <p className="mt-3">В контингенте нет учеников: сначала загрузите списки классов.</p>}
      </Card>
      {klass && (
        <Card className="mt-4">
          {pupils.length === 0 ? (
            <p>В классе {className(klass)} нет учащихся.</p>
          ) : (
            <AddPupilsForm
              key={className(klass)}
              classLabel={className(klass)}
              pupils={pupils.map((p) => ({ personId: p.personId, name: fullName(p), inBase: p.inBase }))}
            />
          )}
        </Card>
      )}
    </div>
  );
}
