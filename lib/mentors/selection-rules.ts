import type { MentorStatus } from "@/lib/generated/prisma/enums";
import { certificateAllowsWork, type CertificateState } from "./certificate-rule";

/**
 * Selection and training of a mentor (stage 4) as a pure state machine:
 * CANDIDATE → INTERVIEWED (an interview is recorded) → TRAINED (attended a training event) → READY (by the curator,
 * only with a valid certificate when one is needed); DECLINED from any state with a reason, and back to CANDIDATE.
 */
export type SelectionEvent =
  | { type: "INTERVIEW" }
  | { type: "COMPLETE_TRAINING"; attendedEvents: number }
  | { type: "MARK_READY"; certificate: CertificateState }
  | { type: "DECLINE"; reason: string }
  | { type: "RESTORE" };

export type SelectionResult = { ok: true; status: MentorStatus } | { ok: false; reason: string };

export const MIN_DECLINE_REASON = 5;

const refuse = (reason: string): SelectionResult => ({ ok: false, reason });
const move = (status: MentorStatus): SelectionResult => ({ ok: true, status });

const DECLINED_REFUSAL = "Кандидат отклонён: сначала верните его в кандидаты.";

export function nextMentorStatus(current: MentorStatus, event: SelectionEvent): SelectionResult {
  switch (event.type) {
    case "INTERVIEW":
      if (current === "DECLINED") return refuse(DECLINED_REFUSAL);
      // A repeated interview is recorded without moving the mentor back or forth.
      return move(current === "CANDIDATE" ? "INTERVIEWED" : current);
    case "COMPLETE_TRAINING":
      if (current === "DECLINED") return refuse(DECLINED_REFUSAL);
      if (current === "CANDIDATE") return refuse("Сначала проведите собеседование.");
      if (current !== "INTERVIEWED") return refuse("Наставник уже прошёл обучение.");
      if (event.attendedEvents < 1) return refuse("Наставник не посетил ни одного занятия обучения.");
      return move("TRAINED");
    case "MARK_READY":
      if (current === "DECLINED") return refuse(DECLINED_REFUSAL);
      if (current === "READY") return refuse("Наставник уже отмечен готовым.");
      if (current !== "TRAINED") return refuse("Готовым отмечают после собеседования и обучения.");
      if (!certificateAllowsWork(event.certificate)) {
        return refuse(
          event.certificate.kind === "MISSING"
            ? "Нельзя отметить готовым: нет справки о несудимости."
            : "Нельзя отметить готовым: справка о несудимости устарела.",
        );
      }
      return move("READY");
    case "DECLINE":
      if (current === "DECLINED") return refuse("Кандидат уже отклонён.");
      if (event.reason.trim().length < MIN_DECLINE_REASON) {
        return refuse(`Укажите причину — не короче ${MIN_DECLINE_REASON} символов.`);
      }
      return move("DECLINED");
    case "RESTORE":
      if (current !== "DECLINED") return refuse("Вернуть в кандидаты можно только отклонённого.");
      return move("CANDIDATE");
  }
}

/** Whether an event is allowed now; for showing or explaining the card's buttons. */
export function selectionRefusal(current: MentorStatus, event: SelectionEvent): string | null {
  const result = nextMentorStatus(current, event);
  return result.ok ? null : result.reason;
}
