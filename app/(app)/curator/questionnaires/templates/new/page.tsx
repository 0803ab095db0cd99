import type { Metadata } from "next";
import Link from "next/link";
import { blankQuestion } from "@/components/questionnaire-builder/form-values";
import { TemplateEditor } from "@/components/questionnaire-builder/template-editor";
import { Card, PageTitle } from "@/components/ui/card";
import { requirePage } from "@/lib/auth/guard";

export const metadata: Metadata = { title: "Новая анкета" };

export default async function NewTemplatePage() {
  await requirePage("/curator/questionnaires/templates/new");
  return (
    <div className="mx-auto max-w-3xl">
      <Link href="/curator/questionnaires" className="text-sm text-blue-800 underline">
        ← Анкеты
      </Link>
      <PageTitle>Новая анкета</PageTitle>
      <Card>
        <TemplateEditor
          initial={{
            templateId: "",
            title: "",
            intro: "",
            purpose: "SATISFACTION",
            audience: "MENTEE",
            mentorMaySeeAnswers: false,
            questions: [blankQuestion()],
          }}
        />
      </Card>
    </div>
  );
}
