import type { Metadata } from "next";
import Link from "next/link";
import { MenteeBaseFiltersForm } from "@/components/mentees/mentee-base-filters";
import { MenteeBaseTable } from "@/components/mentees/mentee-base-table";
import { Card, PageTitle } from "@/components/ui/card";
import { requirePage } from "@/lib/auth/guard";
import { parseMenteeBaseFilters } from "@/lib/mentees/base-filters";
import { listSchoolClasses } from "@/lib/mentees/list-class-pupils";
import { listMenteeBase } from "@/lib/mentees/list-mentee-base";
import { mayOpen } from "@/lib/routes/route-access";

export const metadata: Metadata = { title: "База наставляемых" };

export default async function MenteeBasePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const viewer = await requirePage("/curator/mentees");
  const filters = parseMenteeBaseFilters(await searchParams);
  const [rows, classes] = await Promise.all([listMenteeBase(viewer, filters), listSchoolClasses(viewer)]);
  return (
    <>
      <PageTitle subtitle="Ученики и молодые педагоги, которым нужен наставник, с их запросами">База наставляемых</PageTitle>
      {mayOpen(viewer, "/curator/mentees/add-pupils") && (
        <div className="mb-4 flex flex-wrap gap-3">
          <Link
            href="/curator/mentees/add-pupils"
            className="rounded-md bg-blue-700 px-4 py-2 text-sm font-medium text-white hover:bg-blue-800"
          >
            Добавить учеников
          </Link>
          <Link
            href="/curator/mentees/add-teacher"
            className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium hover:bg-slate-100"
          >
            Добавить молодого педагога
          </Link>
        </div>
      )}
      <MenteeBaseFiltersForm basePath="/curator/mentees" filters={filters} classes={classes} />
      <Card title={`Наставляемые (${rows.length})`}>
        <MenteeBaseTable rows={rows} query={filters.q} resetHref="/curator/mentees" />
      </Card>
    </>
  );
}
