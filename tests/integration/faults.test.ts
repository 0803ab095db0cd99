import fsSync from "node:fs";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { recordAchievement } from "@/lib/achievements/record-achievement";
import { calendarDateValue, todayCalendarDate } from "@/lib/format/date";
import { approveOrder } from "@/lib/orders/approve-order";
import { submitOrderDraft } from "@/lib/orders/submit-order-draft";
import { submitQuestionnaire } from "@/lib/questionnaires/submit-questionnaire";
import { uploadEvidence } from "@/lib/roadmap/evidence/upload-evidence";
import { formingPairs } from "../support/forming-pairs";
import { createSchoolFixture, validAnswers, type SchoolFixture } from "../support/school-fixture";
import { useTestDatabase } from "../support/test-database";
import { actAs } from "../support/test-session";

// Issue 15's faults, run on both paths: on PostgreSQL (TEST_DATABASE_URL, as in CI) the fifty calls really race on a
// pool of connections; on PGlite they interleave on its one connection.
const database = useTestDatabase();
const db = () => database.db;
const CONCURRENT = 50;
let school: SchoolFixture;
let filesDir: string;

beforeAll(async () => {
  filesDir = fsSync.mkdtempSync(path.join(os.tmpdir(), "nst-faults-"));
  process.env.FILES_DIR = filesDir;
  school = await createSchoolFixture(db(), "Сбои");
});

afterEach(() => vi.restoreAllMocks());

/** Every file under the files folder (the store shards keys into subfolders). */
async function storedFiles(): Promise<string[]> {
  const entries = await fs.readdir(filesDir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => entry.name);
}

describe("fifty at once", () => {
  it("fifty submits of the same questionnaire give exactly one submitted response", async () => {
    actAs(await school.viewer(school.people.menteeA));
    const responseId = school.responses.menteeA.id;
    const answers = validAnswers(school);
    const results = await Promise.all(Array.from({ length: CONCURRENT }, () => submitQuestionnaire({ responseId, answers })));
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    for (const refused of results.filter((result) => !result.ok)) expect(refused).toMatchObject({ error: expect.any(String) });
    const response = await db().questionnaireResponse.findUniqueOrThrow({
      where: { id: responseId },
      include: { _count: { select: { answers: true } } },
    });
    expect(response.status).toBe("SUBMITTED");
    // One set of answers, not fifty: the required three plus the empty optional text, whichever the store keeps.
    expect(response._count.answers).toBeLessThanOrEqual(Object.keys(answers).length);
    expect(response._count.answers).toBeGreaterThanOrEqual(3);
  });

  it("fifty approvals of one order give one approved order and each pair fixed once", async () => {
    const formingPair = formingPairs(db(), school);
    const pairs = [await formingPair("Гонка1"), await formingPair("Гонка2")];
    actAs(await school.viewer(school.people.curator));
    const sent = await submitOrderDraft({ mentorshipIds: pairs.map((pair) => pair.mentorshipId) });
    if (!sent.ok) throw new Error(sent.error);
    actAs(await school.viewer(school.people.director));
    const signedOn = calendarDateValue(todayCalendarDate("Europe/Moscow"));
    const results = await Promise.all(
      Array.from({ length: CONCURRENT }, (_, i) => approveOrder({ orderId: sent.data.id, number: `${100 + i}-о`, signedOn })),
    );
    const approved = results.filter((result) => result.ok);
    expect(approved).toHaveLength(1);
    const order = await db().pairOrder.findUniqueOrThrow({ where: { id: sent.data.id } });
    expect(order.status).toBe("APPROVED");
    expect(await db().pairOrder.count({ where: { schoolId: school.schoolId, status: "APPROVED" } })).toBe(1);
    const fixed = await db().mentorship.findMany({ where: { id: { in: pairs.map((pair) => pair.mentorshipId) } } });
    expect(fixed.map((pair) => [pair.status, pair.orderId])).toEqual([
      ["ACTIVE", order.id],
      ["ACTIVE", order.id],
    ]);
    // One «пара закреплена» per person, not fifty.
    const notices = await db().notification.count({ where: { schoolId: school.schoolId, kind: "PAIR_FIXED" } });
    const people = await db().notification.groupBy({
      by: ["userId"],
      where: { schoolId: school.schoolId, kind: "PAIR_FIXED" },
    });
    expect(notices).toBe(people.length);
  });
});

describe("a full disk", () => {
  /** The disk fills halfway through the write: part of the file lands, then ENOSPC, as Linux does. */
  function fillTheDisk() {
    const write = fs.writeFile;
    return vi.spyOn(fs, "writeFile").mockImplementation(async (file, data, options) => {
      const bytes = data as Uint8Array;
      await write(file, bytes.subarray(0, Math.floor(bytes.length / 2)), options as never);
      throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC", errno: -28 });
    });
  }
  const pdf = () => new File([new Uint8Array(Buffer.from("%PDF-1.4\n% протокол\n"))], "протокол.pdf");

  it("refuses a roadmap evidence file with a message and leaves neither a row nor a partial file", async () => {
    actAs(await school.viewer(school.people.curator));
    const before = await storedFiles();
    const rows = await db().roadmapEvidence.count();
    fillTheDisk();
    const form = new FormData();
    form.set("itemId", school.item.id);
    form.set("file", pdf());
    const result = await uploadEvidence(form);
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining("закончилось место") });
    expect(await db().roadmapEvidence.count()).toBe(rows);
    expect(await storedFiles()).toEqual(before);
  });

  it("refuses an achievement's evidence file the same way: no achievement without its file", async () => {
    actAs(await school.viewer(school.people.mentorA));
    const before = await storedFiles();
    const rows = await db().achievement.count();
    fillTheDisk();
    const form = new FormData();
    for (const [key, value] of Object.entries({
      mentorshipId: school.pairA.mentorshipId,
      menteeId: school.pairA.menteeId,
      kind: "OLYMPIAD",
      title: "Муниципальный этап олимпиады",
      level: "MUNICIPAL",
      result: "WINNER",
      achievedOn: "2026-11-10",
    }))
      form.set(key, value);
    form.set("file", pdf());
    const result = await recordAchievement(form);
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining("закончилось место") });
    expect(await db().achievement.count()).toBe(rows);
    expect(await storedFiles()).toEqual(before);
  });

  it("every stored key of the database has its file", async () => {
    const keys = [
      ...(await db().roadmapEvidence.findMany({ select: { storageKey: true } })).map((row) => row.storageKey),
      ...(
        await db().achievement.findMany({ where: { evidenceStorageKey: { not: null } }, select: { evidenceStorageKey: true } })
      ).map((row) => row.evidenceStorageKey!),
    ];
    const files = new Set(await storedFiles());
    expect(keys.filter((key) => !files.has(key))).toEqual([]);
  });
});
