import { describe, expect, it } from "vitest";
import { readCaseFacts } from "@/lib/cases/case-facts";
import { decisionRefusal } from "@/lib/year-close/close-year-pair";
import { guardCount, guardParts } from "@/lib/cases/guard-counts";
import { presentCase } from "@/lib/cases/present-case";
import {
  anonymousLabel,
  HIDDEN_NAME,
  mayShowName,
  publicName,
  redactNames,
  type CaseParticipant,
} from "@/lib/cases/reveal-rules";

const mentee = (extra: Partial<CaseParticipant> = {}): CaseParticipant => ({
  personId: "p1",
  role: "MENTEE",
  lastName: "Смирнов",
  firstName: "Кирилл",
  middleName: "Егорович",
  grade: 7,
  mentorCategory: null,
  menteeKind: "PUPIL",
  anonymised: false,
  publicationConsent: false,
  ...extra,
});
const mentor = (extra: Partial<CaseParticipant> = {}): CaseParticipant => ({
  ...mentee(),
  personId: "p2",
  role: "MENTOR",
  lastName: "Николаева",
  firstName: "Милана",
  middleName: "Евгеньевна",
  grade: null,
  mentorCategory: "TEACHER",
  menteeKind: null,
  ...extra,
});

describe("who is named in a case", () => {
  it("names a person only with the switch, a valid publication consent and not anonymised", () => {
    expect(mayShowName(mentee({ publicationConsent: true }), true)).toBe(true);
    expect(mayShowName(mentee({ publicationConsent: true }), false)).toBe(false);
    expect(mayShowName(mentee({ publicationConsent: false }), true)).toBe(false);
    expect(mayShowName(mentee({ publicationConsent: true, anonymised: true }), true)).toBe(false);
  });

  it("describes the others by who they are", () => {
    expect(publicName(mentee(), true)).toBe("наставляемый, 7 класс");
    expect(publicName(mentee({ publicationConsent: true }), true)).toBe("Смирнов Кирилл Егорович");
    expect(anonymousLabel(mentee({ menteeKind: "YOUNG_TEACHER", grade: null }))).toBe("наставляемый — молодой педагог");
    expect(anonymousLabel(mentor())).toBe("наставник — педагог");
    expect(anonymousLabel(mentee({ grade: null }))).toBe("наставляемый");
  });
});

describe("redacting names from the curator's text", () => {
  it("strikes every case form of a hidden name, with ё or е, and leaves other words", () => {
    const text = "Кириллу Смирнову и Смирнова помогла Милана Николаевой; Смирновка — деревня? Николаев был рад.";
    expect(redactNames(text, [mentee(), mentor()])).toBe(
      `${HIDDEN_NAME} ${HIDDEN_NAME} и ${HIDDEN_NAME} помогла ${HIDDEN_NAME} ${HIDDEN_NAME}; ${HIDDEN_NAME} — деревня? ${HIDDEN_NAME} был рад.`,
    );
    expect(redactNames("Артём Фёдоров и Федорова", [{ lastName: "Фёдоров", firstName: "Артём", middleName: null }])).toBe(
      `${HIDDEN_NAME} ${HIDDEN_NAME} и ${HIDDEN_NAME}`,
    );
    expect(redactNames("без имён", [])).toBe("без имён");
  });

  it("strikes adjective surnames in every case: -ская, -ский, -ой", () => {
    const names = [
      { lastName: "Ковальская", firstName: "Вера", middleName: null },
      { lastName: "Достоевский", firstName: "Фёдор", middleName: null },
      { lastName: "Толстой", firstName: "Лев", middleName: null },
    ];
    const text = "у Ковальской, про Ковальскую; Достоевского, Достоевскому, о Достоевском; Толстого и Толстому";
    expect(redactNames(text, names)).toBe(
      `у ${HIDDEN_NAME}, про ${HIDDEN_NAME}; ${HIDDEN_NAME}, ${HIDDEN_NAME}, о ${HIDDEN_NAME}; ${HIDDEN_NAME} и ${HIDDEN_NAME}`,
    );
    // Other words stay; a name that is also a word («толстая») is struck, which errs on the safe side.
    expect(redactNames("польская школа и достоевщина", names)).toBe("польская школа и достоевщина");
  });

  it("strikes the declined forms of first names and surnames: a dropped final vowel, й or ь", () => {
    const anna = { lastName: "Смирнова", firstName: "Анна", middleName: "Павловна" };
    expect(redactNames("Занятия с Анной Смирновой; Анне помогли, Анну хвалят, у Анны успех.", [anna])).toBe(
      `Занятия с ${HIDDEN_NAME} ${HIDDEN_NAME}; ${HIDDEN_NAME} помогли, ${HIDDEN_NAME} хвалят, у ${HIDDEN_NAME} успех.`,
    );
    const yuri = { lastName: "Ли", firstName: "Юрий", middleName: null };
    expect(redactNames("Юрию Ли помогли, Юрием гордятся, Ли пришёл.", [yuri])).toBe(
      `${HIDDEN_NAME} ${HIDDEN_NAME} помогли, ${HIDDEN_NAME} гордятся, ${HIDDEN_NAME} пришёл.`,
    );
    expect(redactNames("Ли Ан пришли", [{ lastName: "Ли", firstName: "Ан", middleName: null }])).toBe(
      `${HIDDEN_NAME} ${HIDDEN_NAME} пришли`,
    );
  });

  it("strikes the forms with a fleeting vowel: Павел → Павла, Лев → Льва, …ок → …ка, …ец → …ца", () => {
    const pavel = { lastName: "Ким", firstName: "Павел", middleName: null };
    expect(redactNames("Павлу, Павлом, Павла и Павел; Кима и Киму с Кимом", [pavel])).toBe(
      `${HIDDEN_NAME}, ${HIDDEN_NAME}, ${HIDDEN_NAME} и ${HIDDEN_NAME}; ${HIDDEN_NAME} и ${HIDDEN_NAME} с ${HIDDEN_NAME}`,
    );
    const lev = { lastName: "Волчок", firstName: "Лев", middleName: null };
    expect(redactNames("Льва, Льву, Львом и Лев; Волчка и Волчком", [lev])).toBe(
      `${HIDDEN_NAME}, ${HIDDEN_NAME}, ${HIDDEN_NAME} и ${HIDDEN_NAME}; ${HIDDEN_NAME} и ${HIDDEN_NAME}`,
    );
    expect(redactNames("Скворца похвалили", [{ lastName: "Скворец", firstName: "Ян", middleName: null }])).toBe(
      `${HIDDEN_NAME} похвалили`,
    );
  });

  it("does not strike unrelated words that contain a name or start like it", () => {
    const people = [
      { lastName: "Ким", firstName: "Лев", middleName: null },
      { lastName: "Пак", firstName: "Анна", middleName: null },
      { lastName: "Ли", firstName: "Павел", middleName: null },
    ];
    const text = "таким пакетом; придёт ли он? левой рукой, львы в зоопарке; Анналы, павлин, Лилия и Лиза, капуста";
    expect(redactNames(text, people)).toBe(text);
  });

  it("keeps the words of a name that is shown", () => {
    const shown = mentee({ publicationConsent: true, firstName: "Милана" });
    expect(redactNames("Милана Смирнова и Николаева", [mentor()], [shown])).toBe(`Милана Смирнова и ${HIDDEN_NAME}`);
  });
});

describe("a case as the public page shows it", () => {
  const facts = readCaseFacts({
    form: "TEACHER_PUPIL",
    format: "INDIVIDUAL",
    goal: "Смирнов подтянет историю",
    planGoals: [{ title: "Прочитать книги", tasks: 3, tasksDone: 2 }],
    meetings: { count: 9, minutes: 405, topics: ["Знакомство со Смирновым"] },
    achievements: [
      { kind: "OLYMPIAD", title: "Олимпиада Смирнова", level: "SCHOOL", result: "WINNER", achievedOn: "2027-03-01" },
    ],
    monitoring: [{ parameter: "LEARNING_INTEREST", before: 4, after: 8 }],
  });
  const reveal = {
    showGoal: true,
    showPlan: false,
    showMeetings: true,
    showAchievements: true,
    showMonitoring: true,
    showNames: true,
  };

  it("reveals only the chosen parts and strikes hidden names from every text", () => {
    const view = presentCase({ title: "Кейс Смирнова", body: "Кирилл вырос" }, facts, reveal, [mentor(), mentee()]);
    expect(view).toMatchObject({
      title: `Кейс ${HIDDEN_NAME}`,
      body: `${HIDDEN_NAME} вырос`,
      mentor: "наставник — педагог",
      mentees: ["наставляемый, 7 класс"],
      goal: `${HIDDEN_NAME} подтянет историю`,
      planGoals: null,
      meetings: { count: 9, hours: 6.8, topics: [`Знакомство со ${HIDDEN_NAME}`] },
      monitoring: [{ label: "Интерес к учёбе", before: 4, after: 8 }],
    });
    expect(view.achievements).toEqual([`Олимпиада «Олимпиада ${HIDDEN_NAME}»: победитель, школьный уровень`]);
    expect(JSON.stringify(view)).not.toMatch(/Смирнов|Кирилл|Николаев|Милан/);
  });

  it("shows a consenting person's name everywhere", () => {
    const view = presentCase({ title: "Кейс", body: "Кирилл Смирнов вырос" }, facts, reveal, [
      mentor({ publicationConsent: true }),
      mentee({ publicationConsent: true }),
    ]);
    expect(view.mentees).toEqual(["Смирнов Кирилл Егорович"]);
    expect(view.mentor).toBe("Николаева Милана Евгеньевна");
    expect(view.body).toBe("Кирилл Смирнов вырос");
  });
});

describe("public counts under the small-group rule", () => {
  it("hides a count under five", () => {
    expect(guardCount(4)).toBeNull();
    expect(guardCount(5)).toBe(5);
  });

  it("hides more parts until the hidden ones cannot be told from the total", () => {
    expect(guardParts(20, [12, 5, 3])).toEqual([12, null, null]);
    expect(guardParts(20, [10, 10])).toEqual([10, 10]);
    expect(guardParts(null, [4, 6])).toEqual([null, 6]);
    expect(guardParts(14, [2, 12])).toEqual([null, null]);
  });
});

describe("a year-close decision", () => {
  it("completes only a working pair after its final meeting, as ending a pair one by one does", () => {
    expect(decisionRefusal({ status: "ACTIVE", hasFinalMeeting: true }, "COMPLETE")).toBeNull();
    expect(decisionRefusal({ status: "ACTIVE", hasFinalMeeting: false }, "COMPLETE")).toMatch(/заключительной встречи/);
    expect(decisionRefusal({ status: "FORMING", hasFinalMeeting: false }, "COMPLETE")).toMatch(/не начала работу/);
    for (const decision of ["TERMINATE", "CARRY_OVER"] as const) {
      expect(decisionRefusal({ status: "FORMING", hasFinalMeeting: false }, decision)).toBeNull();
    }
  });
});
