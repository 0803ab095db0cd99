import type { Metadata } from "next";
import { MentorsNav } from "@/components/mentors/mentors-nav";
import { PartnerForm } from "@/components/mentors/partner-form";
import { Card, PageTitle } from "@/components/ui/card";
import { can } from "@/lib/permissions";
import { listPartners } from "@/lib/mentors/list-partners";
import { requirePage } from "@/lib/auth/guard";

export const metadata: Metadata = { title: "Организации-партнёры" };

export default async function PartnersPage() {
  const viewer = await requirePage("/curator/mentors/partners");
  const partners = await listPartners(viewer);
  const editor = can(viewer, "mentor-base:edit");
  return (
    <>
      <PageTitle subtitle="Предприятия, вузы и организации, чьи сотрудники становятся наставниками.">
        Организации-партнёры
      </PageTitle>
      <MentorsNav viewer={viewer} current="/curator/mentors/partners" />
      <div className="grid gap-4 lg:grid-cols-[3fr_2fr]">
        <Card title={`Организации (${partners.length})`}>
          {partners.length === 0 && <p>Организаций пока нет.</p>}
          <ul className="divide-y divide-slate-100">
            {partners.map((p) => (
              <li key={p.id} className="py-3">
                <p className="font-medium">{p.name}</p>
                <p className="text-sm text-slate-700">Наставников: {p._count.mentors}</p>
                {p.contact && <p className="text-sm">Контакт: {p.contact}</p>}
                {p.agreement && <p className="text-sm">Соглашение: {p.agreement}</p>}
                {editor && (
                  <details className="mt-2">
                    <summary className="cursor-pointer text-sm text-blue-800 underline">Изменить «{p.name}»</summary>
                    <div className="mt-2">
                      <PartnerForm partner={p} />
                    </div>
                  </details>
                )}
              </li>
            ))}
          </ul>
        </Card>
        {editor && (
          <Card title="Новая организация">
            <PartnerForm />
          </Card>
        )}
      </div>
    </>
  );
}
