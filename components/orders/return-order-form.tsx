"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { showFailure, type FormNotice } from "@/components/mentors/show-result";
import { FormMessage } from "@/components/ui/card";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { returnOrderSchema, type ReturnOrderInput } from "@/lib/orders/order-schemas";
import { returnOrder } from "@/lib/orders/return-order";
import { zodResolver } from "@/lib/validation/zod-resolver";

/** The director returns the order to the curator with what to change. */
export function ReturnOrderForm({ orderId }: { orderId: string }) {
  const router = useRouter();
  const [notice, setNotice] = useState<FormNotice>({});
  const { register, handleSubmit, formState, setError } = useForm<ReturnOrderInput, unknown, z.output<typeof returnOrderSchema>>({
    resolver: zodResolver(returnOrderSchema),
    defaultValues: { orderId, comment: "" },
  });
  const { errors, isSubmitting } = formState;
  const onSubmit = handleSubmit(async (values) => {
    setNotice({});
    const result = await returnOrder(values);
    if (!result.ok) return showFailure(result, setError, setNotice);
    router.refresh();
  });
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-3">
      <FormMessage error={notice.error} success={notice.success} />
      <input type="hidden" {...register("orderId")} />
      <Field id="return-comment" label="Что исправить" error={errors.comment?.message}>
        <textarea
          id="return-comment"
          rows={3}
          className={inputClass}
          aria-invalid={Boolean(errors.comment)}
          aria-describedby={describedBy("return-comment", errors.comment?.message)}
          {...register("comment")}
        />
      </Field>
      <SubmitButton pending={isSubmitting} pendingLabel="Возвращаем…">
        Вернуть куратору
      </SubmitButton>
    </form>
  );
}
