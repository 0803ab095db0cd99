import type { Metadata } from "next";
import { NewSchoolForm } from "@/components/platform/new-school-form";
import { Card, PageTitle } from "@/components/ui/card";
import { requirePage } from "@/lib/auth/guard";
import { listMunicipalities } from "@/lib/platform/list-municipalities";

export const metadata: Metadata = { title: "Муниципалитеты и школы" };

export default async function OperatorPage() {
  const viewer = await requirePage("/operator");
  const municipalities = await listMunicipalities(viewer);
  return (
    <>
      <PageTitle subtitle="Оператор платформы">Муниципалитеты и школы</PageTitle>
      <div className="grid gap-4 md:grid-cols-2">
        <Card title="Новая школа">
          <NewSchoolForm />
        </Card>
        <Card title="Муниципалитеты">
          {municipalities.length === 0 ? (
            <p>Муниципалитетов пока нет.</p>
          ) : (
            <ul className="space-y-3">
              {municipalities.map((m) => (
                <li key={m.id}>
                  <p className="font-medium">{m.name}</p>
                  <ul className="ml-4 list-disc text-sm">
                    {m.schools.map((s) => (
                      <li key={s.id}>
                        {s.name} <span className="text-slate-600">({s.slug})</span>
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </>
  );
}
