import type { Metadata } from "next";
import { MenteeBaseFiltersForm } from "@/components/mentees/mentee-base-filters";
import { MenteeBaseTable } from "@/components/mentees/mentee-base-table";
import { Card, PageTitle } from "@/components/ui/card";
import { ReferralTasks } from "@/components/unmatched/referral-tasks";
import { requirePage } from "@/lib/auth/guard";
import { parseMenteeBaseFilters } from "@/lib/mentees/base-filters";
import { listSchoolClasses } from "@/lib/mentees/list-class-pupils";
import { listMenteeBase } from "@/lib/mentees/list-mentee-base";

export const metadata: Metadata = { title: "Кабинет психолога" };

export default async function PsychologistPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const viewer = await requirePage("/psychologist");
  const filters = parseMenteeBaseFilters(await searchParams);
  const [rows, classes] = await Promise.all([listMenteeBase(viewer, filters), listSchoolClasses(viewer)]);
  const marked = rows.filter((r) => r.hasConfidential).length;
  return (
    <>
      <PageTitle subtitle="Откройте карточку наставляемого, чтобы добавить свои сведения: они всегда конфиденциальны.">
        Кабинет психолога
      </PageTitle>
      <ReferralTasks viewer={viewer} />
      <MenteeBaseFiltersForm basePath="/psychologist" filters={filters} classes={classes} />
      <Card title={`База наставляемых (${rows.length})`}>
        <p className="mb-3 text-sm text-slate-700">С конфиденциальными сведениями: {marked}.</p>
        <MenteeBaseTable rows={rows} query={filters.q} resetHref="/psychologist" />
      </Card>
    </>
  );
}
