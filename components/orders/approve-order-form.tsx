"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { showFailure, type FormNotice } from "@/components/mentors/show-result";
import { FormMessage } from "@/components/ui/card";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { approveOrder } from "@/lib/orders/approve-order";
import { approveOrderSchema, type ApproveOrderInput } from "@/lib/orders/order-schemas";
import { zodResolver } from "@/lib/validation/zod-resolver";

/** The director's approval: the number and date written on the signed paper order. */
export function ApproveOrderForm({ orderId, today }: { orderId: string; today: string }) {
  const router = useRouter();
  const [notice, setNotice] = useState<FormNotice>({});
  const { register, handleSubmit, formState, setError } = useForm<
    ApproveOrderInput,
    unknown,
    z.output<typeof approveOrderSchema>
  >({ resolver: zodResolver(approveOrderSchema), defaultValues: { orderId, number: "", signedOn: today } });
  const { errors, isSubmitting } = formState;
  const onSubmit = handleSubmit(async (values) => {
    setNotice({});
    const result = await approveOrder(values);
    if (!result.ok) return showFailure(result, setError, setNotice);
    setNotice({ success: `Приказ утверждён: пар и групп начали работу — ${result.data.activated}.` });
    router.refresh();
  });
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-3">
      <FormMessage error={notice.error} success={notice.success} />
      <input type="hidden" {...register("orderId")} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field
          id="order-number"
          label="Номер приказа"
          error={errors.number?.message}
          hint="Как на подписанном бланке, например 45-о"
        >
          <input
            id="order-number"
            className={inputClass}
            autoComplete="off"
            aria-invalid={Boolean(errors.number)}
            aria-describedby={describedBy("order-number", errors.number?.message)}
            {...register("number")}
          />
        </Field>
        <Field id="order-date" label="Дата приказа" error={errors.signedOn?.message}>
          <input
            id="order-date"
            type="date"
            className={inputClass}
            aria-invalid={Boolean(errors.signedOn)}
            aria-describedby={describedBy("order-date", errors.signedOn?.message)}
            {...register("signedOn")}
          />
        </Field>
      </div>
      <SubmitButton pending={isSubmitting} pendingLabel="Утверждаем…">
        Утвердить приказ
      </SubmitButton>
    </form>
  );
}
