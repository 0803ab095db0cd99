"use client";

import { zodResolver } from "@/lib/validation/zod-resolver";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormProvider, useFieldArray, useForm, useWatch, type Resolver } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/card";
import { describedBy, Field, inputClass, FieldError } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { purposeLabels } from "@/lib/questionnaires/labels";
import { saveTemplate } from "@/lib/questionnaires/save-template";
import {
  audienceLabels,
  saveTemplateSchema,
  templateAudiences,
  templatePurposes,
  type TemplateContent,
} from "@/lib/questionnaires/template-content-schema";
import { blankQuestion, previewFromForm, type TemplateFormValues } from "./form-values";
import { QuestionEditor } from "./question-editor";
import { TemplatePreview } from "./template-preview";

type Saved = TemplateContent & { templateId?: string };

/** The curator's questionnaire builder; the same zod schema checks the form here and the save on the server. */
export function TemplateEditor({ initial }: { initial: TemplateFormValues }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ error?: string; success?: string }>({});
  const [preview, setPreview] = useState(false);
  const form = useForm<TemplateFormValues, unknown, Saved>({
    resolver: zodResolver(saveTemplateSchema) as unknown as Resolver<TemplateFormValues, unknown, Saved>,
    defaultValues: initial,
  });
  const { register, handleSubmit, control, formState, setError } = form;
  const { fields, append, remove, move } = useFieldArray({ control, name: "questions" });
  const watched = useWatch({ control });
  const { errors, isSubmitting } = formState;

  const onSubmit = handleSubmit(
    async (values) => {
      setMessage({});
      const result = await saveTemplate({ ...values, templateId: initial.templateId || undefined });
      if (!result.ok) {
        for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
          if (field in initial && field !== "questions") setError(field as "title", { message: messages[0] });
        }
        setMessage({ error: result.error });
        return;
      }
      const { id, version, newVersion } = result.data;
      if (newVersion) router.push(`/curator/questionnaires/templates/${id}?saved=${version}`);
      else if (id !== initial.templateId) router.push(`/curator/questionnaires/templates/${id}?saved=new`);
      else {
        setMessage({ success: "Анкета сохранена." });
        router.refresh();
      }
    },
    () => setMessage({ error: "Анкета не сохранена: исправьте поля с ошибками." }),
  );

  const error = (name: "title" | "intro" | "purpose" | "audience") => errors[name]?.message;
  const aria = (name: "title" | "intro" | "purpose" | "audience") => ({
    id: name,
    "aria-invalid": Boolean(error(name)),
    "aria-describedby": describedBy(name, error(name)),
  });
  const questionsError = errors.questions?.message ?? errors.questions?.root?.message;
  const lastSection = watched.questions?.at(-1)?.section ?? "";

  return (
    <FormProvider {...form}>
      <form method="post" onSubmit={onSubmit} noValidate className="space-y-4">
        <Field id="title" label="Название" error={error("title")}>
          <input className={inputClass} {...aria("title")} {...register("title")} />
        </Field>
        <Field id="intro" label="Вступление" hint="Что увидит респондент над вопросами" error={error("intro")}>
          <textarea rows={3} className={inputClass} {...aria("intro")} {...register("intro")} />
        </Field>
        <div className="grid gap-3 sm:grid-cols-2">
          <Field id="purpose" label="Назначение" error={error("purpose")}>
            <select className={inputClass} {...aria("purpose")} {...register("purpose")}>
              {templatePurposes.map((p) => (
                <option key={p} value={p}>
                  {purposeLabels[p]}
                </option>
              ))}
            </select>
          </Field>
          <Field id="audience" label="Кто заполняет" error={error("audience")}>
            <select className={inputClass} {...aria("audience")} {...register("audience")}>
              {templateAudiences.map((a) => (
                <option key={a} value={a}>
                  {audienceLabels[a]}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <label className="flex min-h-10 items-center gap-2">
          <input type="checkbox" id="mentorMaySeeAnswers" className="h-5 w-5" {...register("mentorMaySeeAnswers")} />
          Наставник видит ответы своих наставляемых
        </label>

        <h2 className="text-lg font-semibold">Вопросы</h2>
        <FieldError id="questions-error" message={questionsError} />
        <div className="space-y-3">
          {fields.map((field, index) => (
            <QuestionEditor key={field.id} index={index} count={fields.length} onMove={move} onRemove={remove} />
          ))}
        </div>
        <div className="flex flex-wrap gap-2">
          <Button type="button" variant="secondary" onClick={() => append(blankQuestion(lastSection))}>
            Добавить вопрос
          </Button>
          <Button
            type="button"
            variant="secondary"
            aria-expanded={preview}
            aria-controls="template-preview"
            onClick={() => setPreview(!preview)}
          >
            {preview ? "Скрыть предпросмотр" : "Предпросмотр"}
          </Button>
        </div>
        {preview && (
          <section
            id="template-preview"
            aria-label="Предпросмотр анкеты"
            className="rounded-md border border-dashed border-slate-400 p-3"
          >
            <TemplatePreview
              title={watched.title ?? ""}
              intro={watched.intro}
              questions={previewFromForm((watched.questions ?? []) as TemplateFormValues["questions"])}
            />
          </section>
        )}
        {/* Next to the button: on a long form the top of the page is out of sight. */}
        <FormMessage error={message.error} success={message.success} />
        <SubmitButton pending={isSubmitting} pendingLabel="Сохраняем…">
          Сохранить анкету
        </SubmitButton>
      </form>
    </FormProvider>
  );
}
