"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FieldError, inputClass } from "@/components/ui/field";
import { decidePlanProposal } from "@/lib/plans/decide-plan-proposal";

/** The mentor accepts a mentee's proposal into the plan, or declines it with a comment. */
export function ProposalDecision({ id, title }: { id: string; title: string }) {
  const router = useRouter();
  const [comment, setComment] = useState("");
  const [error, setError] = useState<string | null>(null);
  async function decide(accept: boolean) {
    const result = await decidePlanProposal({ proposalId: id, accept, comment });
    if (result.ok) router.refresh();
    else setError(result.error);
  }
  return (
    <div className="mt-2 space-y-2">
      <label htmlFor={`decision-${id}`} className="block text-sm font-medium">
        Комментарий к решению по «{title}»
      </label>
      <input id={`decision-${id}`} className={inputClass} value={comment} onChange={(e) => setComment(e.target.value)} />
      <FieldError id={`decision-${id}-error`} message={error} />
      <div className="flex flex-wrap gap-2">
        <Button type="button" onClick={() => decide(true)}>
          Принять
        </Button>
        <Button type="button" variant="secondary" onClick={() => decide(false)}>
          Отклонить
        </Button>
      </div>
    </div>
  );
}
