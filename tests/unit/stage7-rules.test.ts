import { describe, expect, it } from "vitest";
import { completionSteps, missingForCompletion, type CompletionFacts } from "@/lib/completion/completion-rules";
import { fullYears } from "@/lib/completion/full-years";
import { certificateDocument } from "@/lib/final-event/certificate-document";
import { candidateScore, rankCandidates, type CandidateFacts } from "@/lib/final-event/rank-candidates";

const facts = (over: Partial<CompletionFacts> = {}): CompletionFacts => ({
  isGroup: false,
  hasFinalMeeting: true,
  hasPresentation: true,
  mentorReflection: true,
  menteeCount: 1,
  menteeReflections: 0,
  groupReflection: false,
  ...over,
});

describe("completion rules", () => {
  it("require the final meeting, the presentation and the mentor's reflection, not the mentees'", () => {
    expect(missingForCompletion(facts())).toEqual([]);
    expect(missingForCompletion(facts({ hasFinalMeeting: false, mentorReflection: false }))).toEqual([
      "Итоговая встреча",
      "Рефлексия наставника",
    ]);
    expect(completionSteps(facts()).at(-1)).toMatchObject({ code: "MENTEE_REFLECTIONS", done: false, required: false });
  });

  it("require a group's own reflection from a group only", () => {
    expect(missingForCompletion(facts({ isGroup: true }))).toEqual(["Групповая рефлексия"]);
    expect(missingForCompletion(facts({ isGroup: true, groupReflection: true }))).toEqual([]);
    expect(completionSteps(facts()).some((s) => s.code === "GROUP_REFLECTION")).toBe(false);
  });

  it("count full years for the parent's view of an under-14 reflection", () => {
    const born = new Date("2012-12-02T00:00:00Z");
    expect(fullYears(born, new Date("2026-12-01T00:00:00Z"))).toBe(13);
    expect(fullYears(born, new Date("2026-12-02T00:00:00Z"))).toBe(14);
  });
});

const candidate = (over: Partial<CandidateFacts>): CandidateFacts => ({
  mentorId: "m",
  lastName: "Иванов",
  firstName: "Иван",
  middleName: null,
  meetingsHeld: 0,
  tasksDone: 0,
  tasksTotal: 0,
  feedbackMean: null,
  feedbackResponses: 0,
  achievements: 0,
  prizes: 0,
  ...over,
});

describe("award ranking", () => {
  it("scores meetings, plan progress, feedback above or below 3 and achievements", () => {
    expect(candidateScore(candidate({ meetingsHeld: 4 }))).toBe(4);
    expect(candidateScore(candidate({ tasksDone: 1, tasksTotal: 2 }))).toBe(5);
    expect(candidateScore(candidate({ feedbackMean: 4.5 }))).toBe(3);
    expect(candidateScore(candidate({ feedbackMean: 2 }))).toBe(-2);
    expect(candidateScore(candidate({ achievements: 2, prizes: 1 }))).toBe(6);
  });

  it("ranks by score, then by meetings, then by name, and explains each place", () => {
    const ranked = rankCandidates([
      candidate({ mentorId: "b", lastName: "Борисов", meetingsHeld: 5 }),
      candidate({ mentorId: "a", lastName: "Андреев", meetingsHeld: 5 }),
      candidate({ mentorId: "c", lastName: "Сидоров", meetingsHeld: 1, achievements: 3 }),
    ]);
    expect(ranked.map((c) => [c.mentorId, c.rank])).toEqual([
      ["c", 1],
      ["a", 2],
      ["b", 3],
    ]);
    expect(ranked[0].reasons).toEqual([
      "Проведено встреч: 1",
      "Задач в индивидуальных планах нет",
      "Оценок встреч от наставляемых нет",
      "Достижения наставляемых: 3, из них призовых и побед: 0",
    ]);
  });
});

describe("certificate text", () => {
  it("carries the school, the number, the date and a file name without unsafe characters", () => {
    const doc = certificateDocument({
      schoolName: "МБОУ «СШ № 6»",
      programmeTitle: "Школа наставничества",
      number: 7,
      dateLine: "25 мая 2027 г.",
      personName: "Петров Пётр",
      role: "наставляемый",
      directorName: null,
    });
    expect(doc).toMatchObject({ number: "№ С-7", schoolName: "МБОУ «СШ № 6»", recipient: "Петров Пётр" });
    expect(doc.fileName).toBe("Сертификат 7 Петров Пётр.pdf");
  });
});
