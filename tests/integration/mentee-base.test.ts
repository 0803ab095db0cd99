import { beforeAll, describe, expect, it } from "vitest";
import { getMenteeCard } from "@/lib/mentees/get-mentee-card";
import { getPersonCard } from "@/lib/mentees/get-person-card";
import { addPupilCandidates, addYoungTeacher, removeCandidate } from "@/lib/mentees/candidates";
import { listClassPupils, listSchoolClasses } from "@/lib/mentees/list-class-pupils";
import { listMenteeBase } from "@/lib/mentees/list-mentee-base";
import { listSharedFacts } from "@/lib/mentees/list-shared-facts";
import { listYoungTeacherCandidates } from "@/lib/mentees/list-young-teachers";
import { addMenteeRequest, removeMenteeRequest, setMenteeRequestText, setRequestShared } from "@/lib/mentees/requests";
import { createMenteeFixture, type MenteeFixture } from "../support/mentee-fixture";
import { useTestDatabase } from "../support/test-database";
import { actAs } from "../support/test-session";

// Actions and queries are called directly, as an attacker would call them, with other people's ids.
const database = useTestDatabase();
let north: MenteeFixture;
let south: MenteeFixture;
const facts = {} as { open: string; health: string; psychologist: string };

async function addRequest(as: { userId: string }, input: Parameters<typeof addMenteeRequest>[0]) {
  actAs(await north.viewer(as));
  const result = await addMenteeRequest(input);
  if (!result.ok) throw new Error(result.error);
  return result.data.id;
}

beforeAll(async () => {
  north = await createMenteeFixture(database.db, "Север");
  south = await createMenteeFixture(database.db, "Юг");
  const personId = north.people.menteeA.personId;
  facts.open = await addRequest(north.people.curator, {
    personId,
    kind: "LOW_MOTIVATION",
    source: "CLASS_TEACHER",
    details: "Пропускает домашние задания",
    confidential: false,
  });
  facts.health = await addRequest(north.people.curator, {
    personId,
    kind: "HEALTH_LIMITATIONS",
    source: "PERSONAL_FILE",
    details: "Нарушение слуха",
    confidential: false,
  });
  facts.psychologist = await addRequest(north.extra.psychologist, {
    personId,
    kind: "COMMUNICATION",
    source: "PSYCHOLOGIST",
    details: "Тревожность в новом коллективе",
    confidential: false,
  });
});

const ids = (requests: { id: string }[]) => requests.map((r) => r.id).sort();

async function mentorProfileId(who: { personId: string }) {
  return (await database.db.mentorProfile.findUniqueOrThrow({ where: { personId: who.personId } })).id;
}

/** A second open pair for menteeA, led by mentorB, removed again after `work`. */
async function withSecondPair(work: (mentorshipId: string) => Promise<void>) {
  const pair = await database.db.mentorship.create({
    data: {
      schoolId: north.schoolId,
      programmeId: north.programme.id,
      mentorId: await mentorProfileId(north.people.mentorB),
      form: "TEACHER_PUPIL",
      format: "INDIVIDUAL",
      status: "ACTIVE",
      mentees: { create: { schoolId: north.schoolId, menteeId: north.pairA.menteeId } },
    },
  });
  try {
    await work(pair.id);
  } finally {
    await database.db.mentorship.delete({ where: { id: pair.id } });
  }
}

describe("confidential facts", () => {
  it("are forced for ОВЗ and for anything from the psychologist, whatever the form sent", async () => {
    const stored = await database.db.menteeRequest.findMany({ where: { id: { in: Object.values(facts) } } });
    const byId = new Map(stored.map((r) => [r.id, r]));
    expect(byId.get(facts.open)!.confidential).toBe(false);
    expect(byId.get(facts.health)!.confidential).toBe(true);
    expect(byId.get(facts.psychologist)!.confidential).toBe(true);
    expect(byId.get(facts.psychologist)!.addedById).toBe(north.extra.psychologist.userId);
  });

  it("are read by the curator and the psychologist", async () => {
    for (const who of [north.people.curator, north.extra.psychologist]) {
      const card = await getMenteeCard(await north.viewer(who), north.people.menteeA.personId);
      expect(ids(card.requests)).toEqual(Object.values(facts).sort());
    }
  });

  it("are hidden from the director, who sees only the open request", async () => {
    const card = await getMenteeCard(await north.viewer(north.people.director), north.people.menteeA.personId);
    expect(ids(card.requests)).toEqual([facts.open]);
  });

  it("reach the assigned mentor only once the curator shares them", async () => {
    const mentor = await north.viewer(north.people.mentorA);
    expect(ids((await getMenteeCard(mentor, north.people.menteeA.personId)).requests)).toEqual([facts.open]);
    expect((await listSharedFacts(mentor, north.pairA.mentorshipId)).size).toBe(0);

    actAs(await north.viewer(north.people.curator));
    const mentorA = await mentorProfileId(north.people.mentorA);
    // The mentee has one open pair: the fact goes to that pair's mentor, and to no one else.
    expect(await setRequestShared({ requestId: facts.health, shared: true })).toEqual({
      ok: true,
      data: { requestId: facts.health, sharedWithMentorId: mentorA },
    });
    expect((await database.db.menteeRequest.findUniqueOrThrow({ where: { id: facts.health } })).sharedWithMentorId).toBe(mentorA);
    const card = await getMenteeCard(mentor, north.people.menteeA.personId);
    expect(ids(card.requests)).toEqual([facts.health, facts.open].sort());
    const shared = await listSharedFacts(mentor, north.pairA.mentorshipId);
    expect([...shared.values()].flat().map((f) => f.id)).toEqual([facts.health]);
    expect(shared.get(north.pairA.menteeId)![0].details).toBe("Нарушение слуха");
  });

  it("are refused to a mentor who is not assigned, even when they send the mentee's id", async () => {
    const other = await north.viewer(north.people.mentorB);
    await expect(getMenteeCard(other, north.people.menteeA.personId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await listSharedFacts(other, north.pairA.mentorshipId)).size).toBe(0);
    await expect(getPersonCard(other, north.people.menteeA.personId)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("stop reaching the mentor once the pair is completed", async () => {
    await database.db.mentorship.update({ where: { id: north.pairA.mentorshipId }, data: { status: "COMPLETED" } });
    try {
      const mentor = await north.viewer(north.people.mentorA);
      await expect(getMenteeCard(mentor, north.people.menteeA.personId)).rejects.toMatchObject({ code: "NOT_FOUND" });
      expect((await listSharedFacts(mentor, north.pairA.mentorshipId)).size).toBe(0);
    } finally {
      await database.db.mentorship.update({ where: { id: north.pairA.mentorshipId }, data: { status: "ACTIVE" } });
    }
  });

  it("are shown to the curator with the name of the mentor they are open to, and who leads the mentee now", async () => {
    const card = await getMenteeCard(await north.viewer(north.people.curator), north.people.menteeA.personId);
    const health = card.requests.find((r) => r.id === facts.health)!;
    expect(health.sharedWithMentor).toMatchObject({
      id: await mentorProfileId(north.people.mentorA),
      person: { lastName: "Наставников" },
    });
    expect(card.requests.find((r) => r.id === facts.psychologist)!.sharedWithMentor).toBeNull();
    expect(card.currentMentors.map((m) => m.person.lastName)).toEqual(["Наставников"]);
    const director = await getMenteeCard(await north.viewer(north.people.director), north.people.menteeA.personId);
    expect(director.currentMentors).toEqual([]);
  });

  it("are not inherited by a later mentor of the mentee", async () => {
    const later = await north.viewer(north.people.mentorB);
    await database.db.mentorshipMentee.updateMany({
      where: { mentorshipId: north.pairA.mentorshipId },
      data: { leftOn: new Date() },
    });
    try {
      await withSecondPair(async (mentorshipId) => {
        // mentorB now leads menteeA and opens the card, but the fact was shared with mentorA only.
        const card = await getMenteeCard(later, north.people.menteeA.personId);
        expect(ids(card.requests)).toEqual([facts.open]);
        expect((await listSharedFacts(later, mentorshipId)).size).toBe(0);
        // And mentorA, who left the pair, does not see it either.
        const earlier = await north.viewer(north.people.mentorA);
        await expect(getMenteeCard(earlier, north.people.menteeA.personId)).rejects.toMatchObject({ code: "NOT_FOUND" });
      });
    } finally {
      await database.db.mentorshipMentee.updateMany({
        where: { mentorshipId: north.pairA.mentorshipId },
        data: { leftOn: null },
      });
    }
  });

  it("go to the mentor the curator picks when the mentee has several, and only to a mentor who leads the mentee", async () => {
    actAs(await north.viewer(north.people.curator));
    const [mentorA, mentorB] = [await mentorProfileId(north.people.mentorA), await mentorProfileId(north.people.mentorB)];
    await withSecondPair(async (mentorshipId) => {
      const unpicked = await setRequestShared({ requestId: facts.psychologist, shared: true });
      expect(unpicked).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { mentorId: ["Выберите наставника"] } });
      const stranger = await mentorProfileId(south.people.mentorA);
      expect(await setRequestShared({ requestId: facts.psychologist, shared: true, mentorId: stranger })).toMatchObject({
        ok: false,
        code: "INVALID",
      });
      expect(
        (await database.db.menteeRequest.findUniqueOrThrow({ where: { id: facts.psychologist } })).sharedWithMentorId,
      ).toBeNull();

      expect(await setRequestShared({ requestId: facts.psychologist, shared: true, mentorId: mentorB })).toMatchObject({
        ok: true,
      });
      const shownToB = await listSharedFacts(await north.viewer(north.people.mentorB), mentorshipId);
      expect([...shownToB.values()].flat().map((f) => f.id)).toEqual([facts.psychologist]);
      // mentorA leads menteeA too, but mentorB's pair id does not show them what was shared with mentorB.
      expect((await listSharedFacts(await north.viewer(north.people.mentorA), mentorshipId)).size).toBe(0);
      const cardA = await getMenteeCard(await north.viewer(north.people.mentorA), north.people.menteeA.personId);
      expect(ids(cardA.requests)).toEqual([facts.health, facts.open].sort());
    });
    expect(await setRequestShared({ requestId: facts.psychologist, shared: false })).toMatchObject({
      ok: true,
      data: { sharedWithMentorId: null },
    });
    expect(
      (await database.db.menteeRequest.findUniqueOrThrow({ where: { id: facts.psychologist } })).sharedWithMentorId,
    ).toBeNull();
    expect(mentorA).not.toBe(mentorB);
  });

  it("cannot be shared while the mentee is in no open pair", async () => {
    actAs(await north.viewer(north.people.curator));
    await database.db.mentorship.update({ where: { id: north.pairA.mentorshipId }, data: { status: "COMPLETED" } });
    try {
      const refused = await setRequestShared({ requestId: facts.psychologist, shared: true });
      expect(refused).toMatchObject({ ok: false, code: "INVALID" });
      expect(refused.ok === false && refused.error).toContain("не в паре или группе");
      expect(
        (await database.db.menteeRequest.findUniqueOrThrow({ where: { id: facts.psychologist } })).sharedWithMentorId,
      ).toBeNull();
    } finally {
      await database.db.mentorship.update({ where: { id: north.pairA.mentorshipId }, data: { status: "ACTIVE" } });
    }
  });

  it("from a psychologist are stored as their confidential note whatever source and checkbox they send", async () => {
    const personId = north.people.menteeB.personId;
    const id = await addRequest(north.extra.psychologist, {
      personId,
      kind: "GIFTEDNESS",
      source: "CLASS_TEACHER",
      details: "Записка психолога",
      confidential: false,
    });
    const stored = await database.db.menteeRequest.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({ confidential: true, source: "PSYCHOLOGIST" });
    const director = await getMenteeCard(await north.viewer(north.people.director), personId);
    expect(director.requests.map((r) => r.id)).not.toContain(id);
    const text = JSON.stringify(await getPersonCard(await north.viewer(north.people.director), personId));
    expect(text).not.toContain("Записка психолога");
    const curator = await getMenteeCard(await north.viewer(north.people.curator), personId);
    expect(curator.requests.map((r) => r.id)).toContain(id);
  });

  it("are refused to a parent of another child and to the child's own parent", async () => {
    for (const parent of [north.people.parentB, north.people.parentA]) {
      const viewer = await north.viewer(parent);
      await expect(getMenteeCard(viewer, north.people.menteeA.personId)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(getPersonCard(viewer, north.people.menteeA.personId)).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
  });

  it("can be shared only by the curator", async () => {
    for (const who of [north.extra.psychologist, north.people.mentorA, north.people.director]) {
      actAs(await north.viewer(who));
      expect(await setRequestShared({ requestId: facts.psychologist, shared: true })).toMatchObject({
        ok: false,
        code: "FORBIDDEN",
      });
    }
    const stored = await database.db.menteeRequest.findUniqueOrThrow({ where: { id: facts.psychologist } });
    expect(stored.sharedWithMentorId).toBeNull();
  });

  it("cannot be added, removed or shared by another school's curator", async () => {
    actAs(await south.viewer(south.people.curator));
    const added = await addMenteeRequest({
      personId: north.people.menteeA.personId,
      kind: "OTHER",
      source: "OTHER",
      confidential: false,
    });
    expect(added).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await removeMenteeRequest({ requestId: facts.open })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await setRequestShared({ requestId: facts.psychologist, shared: true })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    expect(await database.db.menteeRequest.count({ where: { id: { in: Object.values(facts) } } })).toBe(3);
  });
});

describe("the mentee base list", () => {
  it("never contains confidential kinds or details, and marks them only for the curator and psychologist", async () => {
    for (const [who, marker] of [
      [north.people.curator, true],
      [north.extra.psychologist, true],
      [north.people.director, false],
    ] as const) {
      const rows = await listMenteeBase(await north.viewer(who));
      const row = rows.find((r) => r.personId === north.people.menteeA.personId)!;
      expect(row.requestKinds).toEqual(["LOW_MOTIVATION"]);
      expect(row.hasConfidential).toBe(marker);
      const text = JSON.stringify(rows);
      for (const secret of ["HEALTH_LIMITATIONS", "COMMUNICATION", "Нарушение слуха", "Тревожность"])
        expect(text).not.toContain(secret);
    }
  });

  it("does not tell who has a confidential kind through the request filter", async () => {
    const viewer = await north.viewer(north.people.curator);
    expect(await listMenteeBase(viewer, { kind: "HEALTH_LIMITATIONS" })).toEqual([]);
    expect(await listMenteeBase(viewer, { kind: "COMMUNICATION" })).toEqual([]);
    expect((await listMenteeBase(viewer, { kind: "LOW_MOTIVATION" })).map((r) => r.personId)).toEqual([
      north.people.menteeA.personId,
    ]);
  });

  it("filters by class and eligibility and gives the reasons a mentee cannot be matched", async () => {
    const viewer = await north.viewer(north.people.curator);
    const rows = await listMenteeBase(viewer, { className: "7А" });
    expect(rows.map((r) => r.personId).sort()).toEqual([north.people.menteeA.personId, north.people.menteeB.personId].sort());
    expect(rows[0].place).toBe("7А");
    expect(rows.every((r) => !r.eligible && r.reasons.includes("Нет согласия: нет согласия родителя"))).toBe(true);
    expect(await listMenteeBase(viewer, { className: "7А", eligibility: "eligible" })).toEqual([]);
    expect(await listMenteeBase(viewer, { className: "9В" })).toEqual([]);
  });

  it("shows only the viewer's own school and is closed to mentors and parents", async () => {
    const rows = await listMenteeBase(await south.viewer(south.people.curator));
    expect(rows.some((r) => r.personId === north.people.menteeA.personId)).toBe(false);
    for (const who of [north.people.mentorA, north.people.parentA]) {
      await expect(listMenteeBase(await north.viewer(who))).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
  });
});

describe("candidates", () => {
  it("are picked from a class of the school and from teachers with 0–3 years of experience", async () => {
    const curator = await north.viewer(north.people.curator);
    expect(await listSchoolClasses(curator)).toEqual(["7А", "8Б"]);
    const pupils = await listClassPupils(curator, { grade: 8, classLetter: "Б" });
    expect(pupils.map((p) => [p.personId, p.inBase])).toEqual(north.extra.classmates.map((c) => [c.personId, false]));
    expect((await listClassPupils(curator, { grade: 7, classLetter: "А" })).every((p) => p.inBase)).toBe(true);
    expect((await listYoungTeacherCandidates(curator)).map((t) => t.personId)).toEqual([north.extra.youngTeacher.personId]);
    const director = await north.viewer(north.people.director);
    await expect(listClassPupils(director, { grade: 8, classLetter: "Б" })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("adds a young teacher (2 years) and refuses one with 4 years of experience", async () => {
    actAs(await north.viewer(north.people.curator));
    const refused = await addYoungTeacher({ personId: north.extra.seniorTeacher.personId });
    expect(refused).toMatchObject({ ok: false, code: "INVALID" });
    expect(refused.ok === false && refused.error).toContain("4 года");
    expect(await database.db.menteeProfile.count({ where: { personId: north.extra.seniorTeacher.personId } })).toBe(0);

    expect(await addYoungTeacher({ personId: north.extra.youngTeacher.personId })).toMatchObject({ ok: true });
    const profile = await database.db.menteeProfile.findUniqueOrThrow({ where: { personId: north.extra.youngTeacher.personId } });
    expect(profile.kind).toBe("YOUNG_TEACHER");
    expect(await addYoungTeacher({ personId: north.extra.youngTeacher.personId })).toMatchObject({ ok: false, code: "INVALID" });
  });

  it("refuses a pupil as a young teacher and another school's teacher", async () => {
    actAs(await north.viewer(north.people.curator));
    expect(await addYoungTeacher({ personId: north.extra.classmates[0].personId })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    expect(await addYoungTeacher({ personId: south.extra.youngTeacher.personId })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
  });

  it("adds pupils of a class at once, skipping those already in the base, and writes nothing for a bad list", async () => {
    actAs(await north.viewer(north.people.curator));
    const classmates = north.extra.classmates.map((c) => c.personId);
    const bad = await addPupilCandidates({ personIds: [...classmates, south.extra.classmates[0].personId] });
    expect(bad).toMatchObject({ ok: false, code: "INVALID" });
    expect(await database.db.menteeProfile.count({ where: { personId: { in: classmates } } })).toBe(0);
    const teacher = await addPupilCandidates({ personIds: [north.extra.seniorTeacher.personId] });
    expect(teacher).toMatchObject({ ok: false, code: "INVALID" });

    const result = await addPupilCandidates({ personIds: [...classmates, north.people.menteeA.personId] });
    expect(result).toEqual({ ok: true, data: { added: 2, skipped: 1 } });
    const profiles = await database.db.menteeProfile.findMany({ where: { personId: { in: classmates } } });
    expect(profiles.map((p) => p.kind)).toEqual(["PUPIL", "PUPIL"]);
  });

  it("removes a candidate with no pair, refuses one who has been in a pair, and is closed to the director", async () => {
    actAs(await north.viewer(north.people.director));
    const classmate = north.extra.classmates[1].personId;
    expect(await removeCandidate({ personId: classmate })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    actAs(await north.viewer(north.people.curator));
    expect(await removeCandidate({ personId: north.people.menteeA.personId })).toMatchObject({ ok: false, code: "INVALID" });
    expect(await removeCandidate({ personId: classmate })).toMatchObject({ ok: true });
    expect(await database.db.menteeProfile.count({ where: { personId: classmate } })).toBe(0);
  });

  it("keeps the mentee's request in their own words", async () => {
    actAs(await north.viewer(north.extra.psychologist));
    const personId = north.people.menteeA.personId;
    expect(await setMenteeRequestText({ personId, request: "Хочу лучше понимать алгебру" })).toMatchObject({ ok: true });
    expect((await getMenteeCard(await north.viewer(north.people.curator), personId)).request).toBe("Хочу лучше понимать алгебру");
    actAs(await north.viewer(north.people.mentorA));
    expect(await setMenteeRequestText({ personId, request: "Подмена" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });
});

describe("the person card", () => {
  it("shows the pupil with parents, class, consent and the requests the viewer may read", async () => {
    const card = await getPersonCard(await north.viewer(north.people.director), north.people.menteeA.personId);
    expect(card.pupil).toMatchObject({ grade: 7, classLetter: "А", status: "ENROLLED" });
    expect(card.parents.map((p) => p.id)).toEqual([north.people.parentA.personId]);
    expect(card.consent).toBe("Нет согласия: нет согласия родителя");
    expect(card.mentee!.requests.map((r) => r.id)).toEqual([facts.open]);
  });

  it("shows a parent's children and gives no mentee section to a reader of the roster only", async () => {
    const card = await getPersonCard(await north.viewer(north.extra.admin), north.people.parentA.personId);
    expect(card.children.map((c) => c.id)).toEqual([north.people.menteeA.personId]);
    const pupil = await getPersonCard(await north.viewer(north.extra.admin), north.people.menteeA.personId);
    expect(pupil.mentee).toBeNull();
  });

  it("is not found for another school's person", async () => {
    await expect(getPersonCard(await north.viewer(north.people.curator), south.people.menteeA.personId)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(getMenteeCard(await north.viewer(north.people.curator), south.people.menteeA.personId)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
