import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { removeFormingPair } from "@/lib/matching/remove-forming-pair";
import { calendarDateValue, todayCalendarDate } from "@/lib/format/date";
import { logMeeting } from "@/lib/mentorships/log-meeting";
import { approveOrder } from "@/lib/orders/approve-order";
import { attachOrderScan } from "@/lib/orders/attach-order-scan";
import { getOrderScan } from "@/lib/orders/get-order-scan";
import { listOrders } from "@/lib/orders/list-orders";
import { loadOrder } from "@/lib/orders/load-order";
import { returnOrder } from "@/lib/orders/return-order";
import { submitOrderDraft } from "@/lib/orders/submit-order-draft";
import { getOwnParticipation } from "@/lib/participation/get-own-participation";
import { listOwnChildren } from "@/lib/family/own-children";
import { getDirectorReport } from "@/lib/reports/get-director-report";
import { formingPairs } from "../support/forming-pairs";
import { createSchoolFixture, type SchoolFixture } from "../support/school-fixture";
import { useTestDatabase } from "../support/test-database";
import { actAs } from "../support/test-session";

const database = useTestDatabase();
const db = () => database.db;
const today = calendarDateValue(todayCalendarDate("Europe/Moscow"));
let school: SchoolFixture;
let other: SchoolFixture;
let formingPair: ReturnType<typeof formingPairs>;

beforeAll(async () => {
  process.env.FILES_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "nst-orders-"));
  school = await createSchoolFixture(db(), "Приказы");
  other = await createSchoolFixture(db(), "Соседняя");
  formingPair = formingPairs(db(), school);
});

/** The school's draft as the curator sees it now. */
async function draftIds() {
  const pairs = await db().mentorship.findMany({
    where: { schoolId: school.schoolId, status: "FORMING", orderId: null },
    select: { id: true },
  });
  return pairs.map((p) => p.id);
}

async function submitAsCurator() {
  actAs(await school.viewer(school.people.curator));
  const result = await submitOrderDraft({ mentorshipIds: await draftIds() });
  if (!result.ok) throw new Error(result.error);
  return result.data.id;
}

async function approveAsDirector(orderId: string, number: string) {
  actAs(await school.viewer(school.people.director));
  return approveOrder({ orderId, number, signedOn: today });
}

describe("sending the draft and approving the order", () => {
  it("fixes the pairs: the order is approved with its number and date, the pairs work from that day", async () => {
    const first = await formingPair("А");
    const second = await formingPair("Б");
    actAs(await school.viewer(first.users.mentee));
    expect(await getOwnParticipation(await school.viewer(first.users.mentee))).toEqual([]);

    const orderId = await submitAsCurator();
    const sent = await db().pairOrder.findUniqueOrThrow({ where: { id: orderId }, include: { mentorships: true } });
    expect(sent).toMatchObject({ kind: "INITIAL", status: "PENDING", number: null });
    expect(sent.mentorships.map((m) => m.id).sort()).toEqual([first.mentorshipId, second.mentorshipId].sort());

    const director = await school.viewer(school.people.director);
    const before = (await getDirectorReport(director)).coverage.covered;
    const result = await approveAsDirector(orderId, "45-о");
    expect(result).toEqual({ ok: true, data: { id: orderId, activated: 2 } });
    const approved = await db().pairOrder.findUniqueOrThrow({ where: { id: orderId } });
    expect(approved).toMatchObject({
      status: "APPROVED",
      number: "45-о",
      pendingKey: null,
      decidedById: school.people.director.userId,
    });
    expect(calendarDateValue(approved.signedOn!)).toBe(today);
    const pair = await db().mentorship.findUniqueOrThrow({ where: { id: first.mentorshipId }, include: { mentees: true } });
    expect(pair.status).toBe("ACTIVE");
    expect(calendarDateValue(pair.startedOn!)).toBe(today);
    expect(calendarDateValue(pair.mentees[0].joinedOn!)).toBe(today);
    expect((await getDirectorReport(director)).coverage.covered).toBe(before + 2);
    const audit = await db().auditEntry.findMany({
      where: { schoolId: school.schoolId, entityId: { in: [orderId, first.mentorshipId] } },
    });
    expect(audit.map((a) => a.action).sort()).toEqual(["mentorship.activate", "order.approve", "order.submit"]);
    const noticesOf = async (userId: string) =>
      (await db().notification.findMany({ where: { userId, schoolId: school.schoolId } })).map((n) => [n.kind, n.title]);
    expect(await noticesOf(school.people.director.userId)).toContainEqual([
      "ORDER_SUBMITTED",
      "Проект приказа о закреплении наставнических пар на утверждение: пар и групп — 2",
    ]);
    expect((await noticesOf(first.users.mentor.userId)).map(([kind]) => kind)).toEqual(["PAIR_FIXED"]);
    expect((await noticesOf(first.users.mentee.userId))[0]).toEqual([
      "PAIR_FIXED",
      expect.stringMatching(/^Ваш наставник — НаставникА/),
    ]);
    expect((await noticesOf(first.users.parent.userId))[0]).toEqual(["PAIR_FIXED", expect.stringMatching(/^Наставник ребёнка/)]);
    expect((await noticesOf(second.users.mentee.userId))[0][1]).not.toContain("НаставникА");
    expect((await noticesOf(school.people.curator.userId)).map(([kind]) => kind)).toContain("ORDER_DECIDED");

    // The mentor logs the first meeting on the new pair; the mentee and the parent see the mentor and the order.
    actAs(await school.viewer(first.users.mentor));
    const meeting = await logMeeting({
      mentorshipId: first.mentorshipId,
      type: "ACQUAINTANCE",
      heldOn: today,
      durationMinutes: 40,
      topic: "Знакомство",
      attendeeIds: [first.menteeId],
    });
    expect(meeting.ok).toBe(true);
    const own = await getOwnParticipation(await school.viewer(first.users.mentee));
    expect(own).toMatchObject([{ status: "ACTIVE", order: { number: "45-о" }, mentor: { person: { lastName: "НаставникА" } } }]);
    const children = await listOwnChildren(await school.viewer(first.users.parent));
    expect(children[0].mentee?.mentorships[0].mentorship).toMatchObject({ status: "ACTIVE", order: { number: "45-о" } });
  });

  it("puts pairs formed after an approved order into a supplementary order naming the first one", async () => {
    await formingPair("В");
    const orderId = await submitAsCurator();
    expect(await db().pairOrder.findUniqueOrThrow({ where: { id: orderId } })).toMatchObject({ kind: "SUPPLEMENTARY" });
    const { document } = await loadOrder(await school.viewer(school.people.director), orderId);
    expect(document.title).toBe("О дополнительном закреплении наставнических пар (групп)");
    expect(document.preamble).toMatch(/В дополнение к приказу от \d\d\.\d\d\.\d{4} № 45-о/);
    expect(document.rows.map((row) => row[1])).toEqual(["НаставникВ Пётр"]);
    const duplicate = await approveAsDirector(orderId, "45-О");
    expect(duplicate.ok ? [] : duplicate.fieldErrors?.number).toEqual([expect.stringMatching(/№ 45-О уже утверждён/)]);
    expect((await approveAsDirector(orderId, "46-о")).ok).toBe(true);
    expect((await approveAsDirector(orderId, "47-о")).ok ? "" : "refused").toBe("refused");
  });

  it("explains bad input next to the fields and writes nothing", async () => {
    await formingPair("Г");
    const orderId = await submitAsCurator();
    actAs(await school.viewer(school.people.director));
    const empty = await approveOrder({ orderId, number: " ", signedOn: "" });
    expect(empty).toMatchObject({ ok: false, code: "INVALID" });
    expect(empty.ok ? {} : empty.fieldErrors).toEqual({ number: ["Укажите номер приказа"], signedOn: ["Укажите дату приказа"] });
    const wrong = await approveOrder({ orderId, number: "№45!", signedOn: "2100-01-01" });
    expect(wrong.ok ? {} : wrong.fieldErrors).toEqual({
      number: ["Номер — цифры и буквы, например 45-о"],
      signedOn: ["Дата приказа не может быть в будущем"],
    });
    const early = await approveOrder({ orderId, number: "50", signedOn: "2026-03-01" });
    expect(early.ok ? {} : early.fieldErrors).toEqual({ signedOn: [expect.stringMatching(/не раньше 01\.08\.2026/)] });
    const noComment = await returnOrder({ orderId, comment: "нет" });
    expect(noComment.ok ? {} : noComment.fieldErrors).toEqual({ comment: ["Напишите, что исправить (не короче 5 символов)"] });
    expect(await db().pairOrder.findUniqueOrThrow({ where: { id: orderId } })).toMatchObject({ status: "PENDING" });
  });

  it("returns an order with a comment: its pairs are back in the draft and can be sent again", async () => {
    const [pending] = await listOrders(await school.viewer(school.people.curator), { status: "PENDING" });
    actAs(await school.viewer(school.people.director));
    expect((await returnOrder({ orderId: pending.id, comment: "Замените наставника во второй паре" })).ok).toBe(true);
    const returned = await db().pairOrder.findUniqueOrThrow({ where: { id: pending.id }, include: { mentorships: true } });
    expect(returned).toMatchObject({ status: "RETURNED", returnComment: "Замените наставника во второй паре", pendingKey: null });
    expect(returned.mentorships).toEqual([]);
    expect(await draftIds()).toHaveLength(1);
    expect((await approveOrder({ orderId: pending.id, number: "51", signedOn: today })).ok).toBe(false);
    const again = await submitAsCurator();
    expect(again).not.toBe(pending.id);
  });
});

describe("one draft, one order", () => {
  it("makes one order when the draft is sent twice at the same moment", async () => {
    await formingPair("Д");
    actAs(await school.viewer(school.people.director));
    const [pending] = await listOrders(await school.viewer(school.people.director), { status: "PENDING" });
    await approveOrder({ orderId: pending.id, number: "60", signedOn: today });
    actAs(await school.viewer(school.people.curator));
    const ids = await draftIds();
    const results = await Promise.all([submitOrderDraft({ mentorshipIds: ids }), submitOrderDraft({ mentorshipIds: ids })]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ code: "CONFLICT" });
    expect(await db().pairOrder.count({ where: { schoolId: school.schoolId, status: "PENDING" } })).toBe(1);
  });

  it("refuses a draft that changed since the curator saw it, an empty one, and a second order while one is pending", async () => {
    actAs(await school.viewer(school.people.curator));
    const waiting = await formingPair("Е");
    const busy = await submitOrderDraft({ mentorshipIds: [waiting.mentorshipId] });
    expect(busy).toMatchObject({ ok: false, code: "CONFLICT", error: expect.stringMatching(/уже на утверждении/) });
    const [pending] = await listOrders(await school.viewer(school.people.curator), { status: "PENDING" });
    actAs(await school.viewer(school.people.director));
    await approveOrder({ orderId: pending.id, number: "61", signedOn: today });
    actAs(await school.viewer(school.people.curator));
    const stale = await submitOrderDraft({ mentorshipIds: ["someone-elses-pair"] });
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT", error: expect.stringMatching(/Черновик изменился/) });
    const none = await submitOrderDraft({ mentorshipIds: [] });
    expect(none.ok ? {} : none.fieldErrors).toEqual({ mentorshipIds: ["В черновике нет пар и групп"] });
    expect(await draftIds()).toEqual([waiting.mentorshipId]);
  });

  it("lets the curator remove a draft pair, but not one in an order waiting for the director", async () => {
    actAs(await school.viewer(school.people.curator));
    const removable = await formingPair("Ж");
    expect((await removeFormingPair({ mentorshipId: removable.mentorshipId })).ok).toBe(true);
    expect(await db().mentorship.count({ where: { id: removable.mentorshipId } })).toBe(0);
    const orderId = await submitAsCurator();
    const [inOrder] = (await db().mentorship.findMany({ where: { orderId }, select: { id: true } })).map((m) => m.id);
    const locked = await removeFormingPair({ mentorshipId: inOrder });
    expect(locked).toMatchObject({ ok: false, code: "CONFLICT", error: expect.stringMatching(/в приказе на утверждении/) });
    actAs(await other.viewer(other.people.curator));
    expect(await removeFormingPair({ mentorshipId: inOrder })).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });
});

describe("who may", () => {
  it("refuses sending to everyone but the curator, and deciding to everyone but the director", async () => {
    const [pending] = await listOrders(await school.viewer(school.people.curator), { status: "PENDING" });
    for (const who of [school.people.director, school.people.mentorA, school.people.menteeA, school.people.parentA]) {
      actAs(await school.viewer(who));
      expect(await submitOrderDraft({ mentorshipIds: ["x"] })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    for (const who of [school.people.curator, school.people.mentorA, school.people.menteeA]) {
      actAs(await school.viewer(who));
      expect(await approveOrder({ orderId: pending.id, number: "1", signedOn: today })).toMatchObject({ code: "FORBIDDEN" });
      expect(await returnOrder({ orderId: pending.id, comment: "Не так" })).toMatchObject({ code: "FORBIDDEN" });
    }
    await expect(loadOrder(await school.viewer(school.people.mentorA), pending.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("keeps each school's orders to itself", async () => {
    const [pending] = await listOrders(await school.viewer(school.people.curator), { status: "PENDING" });
    actAs(await other.viewer(other.people.director));
    expect(await approveOrder({ orderId: pending.id, number: "1", signedOn: today })).toMatchObject({ code: "NOT_FOUND" });
    expect(await returnOrder({ orderId: pending.id, comment: "Чужой приказ" })).toMatchObject({ code: "NOT_FOUND" });
    await expect(loadOrder(await other.viewer(other.people.director), pending.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await listOrders(await other.viewer(other.people.director))).toEqual([]);
    expect(await db().pairOrder.findUniqueOrThrow({ where: { id: pending.id } })).toMatchObject({ status: "PENDING" });
  });
});

describe("the signed scan", () => {
  const pdf = () => new File([Buffer.from("%PDF-1.4 scan")], "Приказ 45-о.pdf", { type: "application/pdf" });
  const form = (orderId: string, file: File) => {
    const data = new FormData();
    data.set("orderId", orderId);
    data.set("file", file);
    return data;
  };

  it("is attached to an approved order only, checked by content, and read within the school", async () => {
    const [approved] = await listOrders(await school.viewer(school.people.director)).then((all) =>
      all.filter((o) => o.status === "APPROVED"),
    );
    const [pending] = await listOrders(await school.viewer(school.people.director), { status: "PENDING" });
    actAs(await school.viewer(school.people.director));
    expect(await attachOrderScan(form(pending.id, pdf()))).toMatchObject({ ok: false, code: "INVALID" });
    const fake = await attachOrderScan(form(approved.id, new File(["not a pdf"], "scan.pdf")));
    expect(fake.ok ? {} : fake.fieldErrors).toEqual({ file: ["Содержимое файла не соответствует его расширению"] });
    actAs(await school.viewer(school.people.curator));
    expect((await attachOrderScan(form(approved.id, pdf()))).ok).toBe(true);
    const scan = await getOrderScan(await school.viewer(school.people.director), approved.id);
    expect(scan).toMatchObject({ fileName: "Приказ 45-о.pdf", mimeType: "application/pdf" });
    expect(Buffer.from(scan.bytes).toString()).toBe("%PDF-1.4 scan");
    await expect(getOrderScan(await other.viewer(other.people.director), approved.id)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    actAs(await school.viewer(school.people.mentorA));
    expect(await attachOrderScan(form(approved.id, pdf()))).toMatchObject({ code: "FORBIDDEN" });
  });
});
