"use client";

import { zodResolver } from "@/lib/validation/zod-resolver";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { FormMessage } from "@/components/ui/card";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { addItemComment } from "@/lib/roadmap/add-item-comment";
import { commentSchema, type CommentInput } from "@/lib/roadmap/comment-schema";

export function CommentForm({ itemId }: { itemId: string }) {
  const [error, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, formState, reset } = useForm<CommentInput, unknown, z.output<typeof commentSchema>>({
    resolver: zodResolver(commentSchema),
    defaultValues: { itemId, body: "" },
  });
  const bodyError = formState.errors.body?.message;
  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await addItemComment(values);
    if (result.ok) reset({ itemId, body: "" });
    else setFormError(result.error);
  });
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="mt-3 space-y-2">
      <FormMessage error={error} />
      <input type="hidden" {...register("itemId")} />
      <Field id="comment" label="Новый комментарий" error={bodyError}>
        <textarea
          id="comment"
          rows={2}
          className={inputClass}
          aria-invalid={Boolean(bodyError)}
          aria-describedby={describedBy("comment", bodyError)}
          {...register("body")}
        />
      </Field>
      <SubmitButton pending={formState.isSubmitting} pendingLabel="Отправляем…">
        Добавить комментарий
      </SubmitButton>
    </form>
  );
}
