import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PublicApplicationForm } from "@/components/applications/public-application-form";
import { getApplicationSchool } from "@/lib/applications/public-application-pages";

export const metadata: Metadata = { title: "Стать наставником" };

/** The signed-out form of an adult from outside the school (a parent, an alumnus, a student, a partner's employee). */
export default async function ApplyPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const school = await getApplicationSchool(slug);
  if (!school) notFound();
  return (
    <main className="mx-auto max-w-xl px-4 py-8">
      <h1 className="text-2xl font-semibold">Стать наставником</h1>
      <p className="mb-6 mt-1 text-slate-700">
        Программа наставничества: {school.name}. Заявку рассмотрит куратор программы; участие добровольное.
      </p>
      <div className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        {school.consentText ? (
          <>
            <details className="mb-4 rounded border border-slate-200 p-3">
              <summary className="cursor-pointer font-medium">{school.consentText.title}</summary>
              <p className="mt-2 whitespace-pre-line text-sm text-slate-800">{school.consentText.body}</p>
            </details>
            <PublicApplicationForm schoolSlug={slug} consentTextId={school.consentText.id} />
          </>
        ) : (
          <p>Школа пока не принимает заявки: текст согласия на обработку персональных данных ещё не опубликован.</p>
        )}
      </div>
      <p className="mt-4 text-sm text-slate-700">
        Учитесь или работаете в этой школе? Войдите в «Наставник» — заявка подаётся на странице «Заявки».
      </p>
    </main>
  );
}
