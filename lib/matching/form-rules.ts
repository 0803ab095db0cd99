import type { MenteeKind, MentorCategory, MentoringForm, WorkFormat } from "@/lib/generated/prisma/enums";

/** Which mentors and mentees each form brings together (DOMAIN.md, «Mentoring forms and variants»). */
export const formParticipants: Record<MentoringForm, { mentors: MentorCategory[]; mentee: MenteeKind }> = {
  TEACHER_PUPIL: { mentors: ["TEACHER"], mentee: "PUPIL" },
  TEACHER_TEACHER: { mentors: ["TEACHER"], mentee: "YOUNG_TEACHER" },
  PUPIL_PUPIL: { mentors: ["SENIOR_PUPIL"], mentee: "PUPIL" },
  STUDENT_PUPIL: { mentors: ["UNIVERSITY_STUDENT", "ALUMNUS"], mentee: "PUPIL" },
  PARENT_PUPIL: { mentors: ["PARENT"], mentee: "PUPIL" },
  EMPLOYER_PUPIL: { mentors: ["PARTNER_EMPLOYEE", "ALUMNUS"], mentee: "PUPIL" },
};

/** Problems of a planned pair or group as Russian messages keyed by form field; empty when it fits the form. */
export function formProblems(input: {
  form: MentoringForm;
  format: WorkFormat;
  mentorCategory: MentorCategory;
  menteeKinds: MenteeKind[];
}): Partial<Record<"form" | "format" | "menteeIds", string>> {
  const rule = formParticipants[input.form];
  const problems: Partial<Record<"form" | "format" | "menteeIds", string>> = {};
  if (!rule.mentors.includes(input.mentorCategory)) problems.form = "Наставник этой категории не работает в выбранной форме";
  else if (input.menteeKinds.some((kind) => kind !== rule.mentee)) {
    problems.menteeIds =
      rule.mentee === "PUPIL" ? "В этой форме наставляемые — ученики" : "В этой форме наставляемые — молодые педагоги";
  }
  if (input.format === "INDIVIDUAL" && input.menteeKinds.length !== 1)
    problems.format = "В индивидуальной форме — один наставляемый";
  if (input.format === "GROUP" && input.menteeKinds.length < 2) problems.format = "В группе — не меньше двух наставляемых";
  return problems;
}
