import type { Metadata } from "next";
import { AddMentorForm } from "@/components/mentors/add-mentor-form";
import { MentorsNav } from "@/components/mentors/mentors-nav";
import { Card, PageTitle } from "@/components/ui/card";
import { listMentorSources } from "@/lib/mentors/mentor-sources";
import { requirePage } from "@/lib/auth/guard";

export const metadata: Metadata = { title: "Добавить наставника" };

export default async function NewMentorPage() {
  const viewer = await requirePage("/curator/mentors/new");
  const sources = await listMentorSources(viewer);
  return (
    <div className="mx-auto max-w-2xl">
      <PageTitle subtitle="Наставник попадает в базу кандидатом; дальше — собеседование, обучение и отметка о готовности.">
        Добавить наставника
      </PageTitle>
      <MentorsNav viewer={viewer} current="/curator/mentors/new" />
      <Card>
        <AddMentorForm staff={sources.staff} pupils={sources.pupils} partners={sources.partners} />
      </Card>
    </div>
  );
}
