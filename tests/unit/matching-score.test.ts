import { describe, expect, it } from "vitest";
import type { MentoringForm } from "@/lib/generated/prisma/enums";
import { matchCriteria } from "@/lib/matching/score/criteria";
import { defaultMatchSettings, type MatchSettings } from "@/lib/matching/score/match-settings-schema";
import { roleModels } from "@/lib/matching/score/role-models";
import { scoreCohortEdges } from "@/lib/matching/score/score-cohort";
import { scoreMatch } from "@/lib/matching/score/score-match";
import type { ScoreMentee, ScoreMentor } from "@/lib/matching/score/types";
import { createRandom } from "@/prisma/seed/random";
import { randomPeople } from "@/tests/support/matching-people";

const allForms: MentoringForm[] = ["PUPIL_PUPIL", "TEACHER_TEACHER", "STUDENT_PUPIL", "TEACHER_PUPIL", "EMPLOYER_PUPIL"];
const pupil: ScoreMentee = { id: "pupil", kind: "PUPIL", grade: 6, requests: [{ kind: "POOR_PERFORMANCE" }] };
const senior: ScoreMentor = { id: "senior", category: "SENIOR_PUPIL", grade: 10, competencies: ["POOR_PERFORMANCE"] };
const context = { settings: defaultMatchSettings, forms: ["PUPIL_PUPIL"] as MentoringForm[] };

function withSettings(change: (settings: MatchSettings) => void): { settings: MatchSettings; forms: MentoringForm[] } {
  const settings = structuredClone(defaultMatchSettings);
  change(settings);
  return { settings, forms: context.forms };
}

describe("match score", () => {
  it("adds its parts up to the total exactly, for random people and random weights", () => {
    const random = createRandom(20261203);
    let eligible = 0;
    for (let round = 0; round < 25; round++) {
      const { mentees, mentors } = randomPeople(random, 12, 8);
      const settings = structuredClone(defaultMatchSettings);
      for (const criterion of matchCriteria)
        settings.criteria[criterion] = { weight: random.int(0, 10), must: random.chance(0.1) };
      settings.roleModels = roleModels.filter(() => random.chance(0.5));
      settings.minGradeGap = random.int(1, 3);
      for (const mentee of mentees) {
        for (const mentor of mentors) {
          const score = scoreMatch(mentee, mentor, { settings, forms: allForms });
          if (!score.eligible) {
            expect(score.reasons.length).toBeGreaterThan(0);
            continue;
          }
          eligible++;
          expect(score.parts.reduce((sum, part) => sum + part.points, 0)).toBe(score.total);
          for (const part of score.parts) {
            expect(Number.isInteger(part.points) && part.level >= 0 && part.level <= 10).toBe(true);
            expect(part.points).toBe(part.weight * part.level);
          }
          expect(score.parts.map((p) => p.criterion)).toEqual(matchCriteria.filter((c) => settings.criteria[c].weight > 0));
        }
      }
    }
    expect(eligible).toBeGreaterThan(300);
  });

  it("explains mutual preference and its ranks", () => {
    const score = scoreMatch({ ...pupil, choices: ["other", "senior"] }, { ...senior, choices: ["pupil"] }, context);
    expect(score.eligible && score.parts.slice(0, 3)).toEqual([
      expect.objectContaining({
        criterion: "MENTEE_CHOICE",
        points: 40,
        detail: "Наставляемый поставил наставника на 2-е место",
      }),
      expect.objectContaining({
        criterion: "MENTOR_CHOICE",
        points: 30,
        detail: "Наставник поставил наставляемого на 1-е место",
      }),
      expect.objectContaining({ criterion: "MUTUAL_CHOICE", label: "Взаимный выбор", points: 30 }),
    ]);
    expect(score).toMatchObject({ eligible: true, total: 40 + 30 + 30 + 50 + 0 + 5 + 5, form: "PUPIL_PUPIL" });
  });

  it("refuses a pair failing a must criterion, with the reason", () => {
    const mustMutual = withSettings((s) => (s.criteria.MUTUAL_CHOICE.must = true));
    expect(scoreMatch({ ...pupil, choices: ["senior"] }, senior, mustMutual)).toEqual({
      eligible: false,
      reasons: ["Не выполнен обязательный критерий «Взаимный выбор»: Выбор не взаимный"],
    });
    const mustFormat = withSettings((s) => (s.criteria.FORMAT = { weight: 0, must: true }));
    const online = { ...senior, preferredFormats: ["ONLINE" as const] };
    expect(scoreMatch({ ...pupil, preferredFormats: ["INDIVIDUAL"] }, online, mustFormat)).toMatchObject({
      eligible: false,
      reasons: [
        "Не выполнен обязательный критерий «Формат работы»: Не совпадает: наставляемый — индивидуальная; наставник — онлайн",
      ],
    });
    // A side that did not say its format does not fail the must criterion.
    expect(scoreMatch(pupil, online, mustFormat).eligible).toBe(true);
  });

  it("keeps the form's rule: in «ученик – ученик» the mentor studies enough classes above the mentee", () => {
    expect(scoreMatch({ ...pupil, grade: 10 }, senior, context)).toEqual({
      eligible: false,
      reasons: [
        "Ученик – ученик: наставник должен учиться старше наставляемого не меньше чем на 1 кл. (наставник — 10 класс, наставляемый — 10 класс)",
      ],
    });
    const gapOfTwo = withSettings((s) => (s.minGradeGap = 2));
    expect(scoreMatch({ ...pupil, grade: 9 }, senior, gapOfTwo).eligible).toBe(false);
    expect(scoreMatch({ ...pupil, grade: 8 }, senior, gapOfTwo).eligible).toBe(true);
    expect(scoreMatch({ ...pupil, grade: null }, senior, context)).toMatchObject({
      reasons: ["Ученик – ученик: не известен класс наставляемого"],
    });
  });

  it("picks the programme's form that fits both, the mentor's preferred first, and refuses when none does", () => {
    const teacher: ScoreMentor = {
      id: "t",
      category: "TEACHER",
      grade: null,
      competencies: [],
      preferredForms: ["TEACHER_PUPIL"],
    };
    expect(scoreMatch(pupil, teacher, { ...context, forms: allForms })).toMatchObject({ form: "TEACHER_PUPIL" });
    const alumnus: ScoreMentor = {
      id: "a",
      category: "ALUMNUS",
      grade: null,
      competencies: [],
      preferredForms: ["EMPLOYER_PUPIL"],
    };
    expect(scoreMatch(pupil, alumnus, { ...context, forms: allForms })).toMatchObject({ form: "EMPLOYER_PUPIL" });
    const young: ScoreMentee = { id: "y", kind: "YOUNG_TEACHER", grade: null, requests: [] };
    expect(scoreMatch(young, teacher, { ...context, forms: ["TEACHER_PUPIL"] })).toEqual({
      eligible: false,
      reasons: ["Ни в одной форме программы наставник категории «Педагог» не работает с наставляемым «Молодой педагог»"],
    });
  });

  it("passes on the person rules of eligibility.ts as reasons", () => {
    const notReady = { ...senior, eligibility: { eligible: false, reasons: ["Нет справки о несудимости"] } };
    const withdrawn = { ...pupil, eligibility: { eligible: false, reasons: ["Согласие отозвано"] } };
    expect(scoreMatch(withdrawn, notReady, context)).toEqual({
      eligible: false,
      reasons: ["Наставляемый: согласие отозвано", "Наставник: нет справки о несудимости"],
    });
  });

  it("scores role-model variants as optional traits and can demand one", () => {
    const models = withSettings((s) => (s.roleModels = ["ACHIEVER_STRUGGLER", "LEADER_QUIET"]));
    const achiever = { ...senior, traits: ["HIGH_ACHIEVER" as const] };
    const score = scoreMatch(pupil, achiever, models);
    expect(score).toMatchObject({ eligible: true, roleModel: "ACHIEVER_STRUGGLER" });
    expect(score.eligible && score.parts.find((p) => p.criterion === "ROLE_MODEL")).toMatchObject({
      points: 30,
      detail: "Подходит под модель «Отличник – двоечник»",
    });
    const must = withSettings((s) => {
      s.roleModels = ["LEADER_QUIET"];
      s.criteria.ROLE_MODEL.must = true;
    });
    expect(scoreMatch(pupil, achiever, must)).toMatchObject({
      reasons: ["Не выполнен обязательный критерий «Ролевая модель»: Не подходит ни под одну выбранную модель: «Лидер – тихоня»"],
    });
    expect(scoreMatch({ ...pupil, traits: ["QUIET"] }, { ...senior, traits: ["LEADER"] }, must)).toMatchObject({
      roleModel: "LEADER_QUIET",
    });
  });

  it("counts a confidential request without naming it, and leaves out criteria weighted 0", () => {
    const mentee: ScoreMentee = {
      ...pupil,
      requests: [{ kind: "POOR_PERFORMANCE" }, { kind: "HEALTH_LIMITATIONS", confidential: true }, { kind: "GIFTEDNESS" }],
    };
    const mentor = { ...senior, competencies: ["POOR_PERFORMANCE", "HEALTH_LIMITATIONS"] as const };
    const onlyRequests = withSettings((s) => {
      for (const criterion of matchCriteria) s.criteria[criterion].weight = 0;
      s.criteria.REQUESTS.weight = 2;
    });
    expect(scoreMatch(mentee, mentor, onlyRequests)).toMatchObject({
      total: 14,
      parts: [
        {
          criterion: "REQUESTS",
          level: 7,
          detail: "Наставник работает с запросами 2 из 3: «Низкая успеваемость»; конфиденциальных: 1",
        },
      ],
    });
  });

  it("gives the optimiser every eligible pair of a cohort with its total", () => {
    const { mentees, mentors } = randomPeople(createRandom(7), 30, 12);
    mentees[0].eligibility = { eligible: false, reasons: ["Выбыл из школы"] };
    const settings = structuredClone(defaultMatchSettings);
    settings.criteria.FORMAT.must = true;
    settings.criteria.REQUESTS.must = true;
    settings.roleModels = ["PEER_TO_PEER", "EXPERIENCED_NOVICE"];
    const cohortContext = { settings, forms: allForms };
    const edges = scoreCohortEdges(mentees, mentors, cohortContext);
    const expected = mentees.flatMap((mentee) =>
      mentors.flatMap((mentor) => {
        const score = scoreMatch(mentee, mentor, cohortContext);
        return score.eligible ? [{ menteeId: mentee.id, mentorId: mentor.id, score: score.total }] : [];
      }),
    );
    expect(edges).toEqual(expected);
    expect(edges.length).toBeGreaterThan(30);
    expect(edges.length).toBeLessThan(30 * 12 - 30);
  });
});
