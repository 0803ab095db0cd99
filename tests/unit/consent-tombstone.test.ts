import { describe, expect, it } from "vitest";
import { analyseRosterFile } from "@/lib/roster/analyse-roster-file";
import { planRosterImport, type ExistingRosterPerson } from "@/lib/roster/plan-roster-import";
import { tombstoneKey } from "@/lib/roster/roster-key";

const today = new Date(Date.UTC(2026, 10, 26));
const SHA = "efdbadf9754b9e861a5ce6f490a9c10f97bf314ced9b8c726a49deaff25756bf";
const csv = "Фамилия;Имя;Дата рождения;Класс\r\nОтозванова;Ольга;02.02.2013;6А\r\nНовикова;Нина;03.03.2013;6А\r\n";

async function rows(text = csv) {
  const result = await analyseRosterFile("PUPILS", "class.csv", new TextEncoder().encode(text), undefined, today);
  if (!result.ok) throw new Error(result.error);
  return result.analysis.rows;
}

const anonymised = (rosterKey: string): ExistingRosterPerson => ({
  id: "gone",
  rosterKey,
  lastName: "Обезличено",
  firstName: "",
  middleName: null,
  birthDate: null,
  anonymisedAt: today,
  pupil: { grade: 6, classLetter: "А", status: "LEFT" },
  staff: null,
});

describe("roster tombstones of anonymised people", () => {
  it("are a sha256 of the key, with no name or date in clear", () => {
    const key = "pupil:отозванова ольга|2013-02-02";
    // sha256("pupil:отозванова ольга|2013-02-02"), computed independently with node:crypto
    expect(tombstoneKey(key)).toBe(`anonymised:${SHA}`);
    expect(tombstoneKey(key)).toMatch(/^anonymised:[0-9a-f]{64}$/);
    expect(tombstoneKey(key)).not.toContain("отозванова");
    expect(tombstoneKey(key)).toBe(tombstoneKey(key));
    expect(tombstoneKey(key)).not.toBe(tombstoneKey("pupil:отозванова ольга|2013-02-03"));
  });

  it("make the plan skip the row, with a warning, instead of creating the person anew", async () => {
    const checked = await rows();
    const plan = planRosterImport("PUPILS", checked, [anonymised(tombstoneKey(checked[0].record!.key))]);
    expect(plan.map((row) => row.action)).toEqual(["skip", "create"]);
    expect(plan[0].person?.id).toBe("gone");
    expect(plan[0].problems.map((p) => p.message)).toEqual([
      "Данные этого ученика обезличены после отзыва согласия: строка пропущена",
    ]);
  });

  it("are found through the name key when the file now has an id column", async () => {
    const nameKeyed = await rows();
    const withIds = await rows("Идентификатор;Фамилия;Имя;Дата рождения;Класс\r\n501;Отозванова;Ольга;02.02.2013;6А\r\n");
    expect(withIds[0].record!.key).toBe("pupil-id:501");
    const plan = planRosterImport("PUPILS", withIds, [anonymised(tombstoneKey(nameKeyed[0].record!.nameKey))]);
    expect(plan[0]).toMatchObject({ action: "skip", person: { id: "gone" } });
  });
});
