import type { MentoringForm, MonitoringPhase } from "@/lib/generated/prisma/enums";
import { findMonitoringParameter, isImprovement, type MonitoringParameterCode } from "@/lib/questionnaires/monitoring-parameters";
import { round } from "./mean";

/** One submitted monitoring questionnaire about a participant, its answers keyed by the monitored parameter. */
export interface MonitoringResponse {
  /** The user who answered (the participant, or a parent about them). */
  respondentId: string;
  subjectId: string;
  subjectName: string;
  form: MentoringForm | null;
  phase: MonitoringPhase;
  submittedAt: Date;
  answers: { parameter: string; value: number }[];
}

export interface ParticipantChange {
  subjectId: string;
  /** Who gave the BEFORE and the AFTER answer. */
  respondentIds: string[];
  subjectName: string;
  form: MentoringForm | null;
  parameter: MonitoringParameterCode;
  before: number;
  after: number;
  delta: number;
  improved: boolean;
}

/**
 * Pairs each participant's BEFORE value of a parameter with their AFTER value: the latest submitted answer of each phase.
 * Answers are matched by parameter code, not by question, so a participant may answer two versions of the template.
 * A participant with only one of the two phases is left out.
 */
export function pairBeforeAfter(responses: readonly MonitoringResponse[]): ParticipantChange[] {
  const latest = new Map<string, { value: number; at: Date; response: MonitoringResponse }>();
  for (const response of responses) {
    for (const answer of response.answers) {
      if (!findMonitoringParameter(answer.parameter)) continue;
      const key = [response.subjectId, answer.parameter, response.phase].join("\u0000");
      const seen = latest.get(key);
      if (!seen || seen.at < response.submittedAt) latest.set(key, { value: answer.value, at: response.submittedAt, response });
    }
  }
  const changes: ParticipantChange[] = [];
  for (const [key, before] of latest) {
    const [subjectId, parameter, phase] = key.split("\u0000");
    if (phase !== "BEFORE") continue;
    const after = latest.get([subjectId, parameter, "AFTER"].join("\u0000"));
    if (!after) continue;
    const code = parameter as MonitoringParameterCode;
    changes.push({
      subjectId,
      respondentIds: [before.response.respondentId, after.response.respondentId],
      subjectName: after.response.subjectName,
      form: after.response.form ?? before.response.form,
      parameter: code,
      before: before.value,
      after: after.value,
      delta: round(after.value - before.value),
      improved: isImprovement(code, before.value, after.value),
    });
  }
  return changes.sort((a, b) => a.subjectName.localeCompare(b.subjectName, "ru") || a.parameter.localeCompare(b.parameter));
}
