import type { Metadata } from "next";
import { NewCoordinatorForm } from "@/components/platform/new-coordinator-form";
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
        <div className="space-y-4">
          <Card title="Новая школа">
            <NewSchoolForm />
          </Card>
          <Card title="Новый координатор муниципалитета">
            {municipalities.length === 0 ? (
              <p>Сначала создайте школу: муниципалитет появится вместе с ней.</p>
            ) : (
              <NewCoordinatorForm municipalities={municipalities.map(({ id, name }) => ({ id, name }))} />
            )}
          </Card>
        </div>
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
                  <p className="mt-1 text-sm text-slate-700">
                    Координаторы:{" "}
                    {m.coordinators.length === 0
                      ? "нет"
                      : m.coordinators.map((c) => `${c.user.displayName} (${c.user.login})`).join(", ")}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </>
  );
}
