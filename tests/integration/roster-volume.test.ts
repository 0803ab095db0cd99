import { describe, expect, it } from "vitest";
import { formatShortDate } from "@/lib/format/date";
import { importRoster } from "@/lib/roster/import-roster";
import { useCountingDatabase } from "../support/counting-database";
import { rosterForm } from "../support/roster-files";
import { createSchoolFixture } from "../support/school-fixture";
import { actAs } from "../support/test-session";

const database = useCountingDatabase();
const db = database.db;

const surnames = ["Иванова", "Петров", "Сидорова", "Кузнецов", "Смирнова", "Попов", "Волкова", "Зайцев", "Соколова", "Лебедев"];
const names = ["Анна", "Борис", "Вера", "Глеб", "Дарья", "Егор", "Жанна", "Захар", "Ирина", "Кирилл"];
const letters = ["А", "Б", "В"];

/** A pupils' file of `count` rows over grades 5–10 (or 6–11 a year later, `promoted`). */
function classFile(count: number, promoted: boolean): Uint8Array {
  const lines = ["Фамилия;Имя;Дата рождения;Класс"];
  for (let i = 0; i < count; i += 1) {
    const born = new Date(Date.UTC(2010, 0, 1 + i));
    const grade = 5 + (i % 6) + (promoted ? 1 : 0);
    lines.push(
      `${surnames[i % 10]};${names[Math.floor(i / 10) % 10]};${formatShortDate(born)};${grade}${letters[Math.floor(i / 6) % 3]}`,
    );
  }
  return new TextEncoder().encode(lines.join("\r\n"));
}

async function run(count: number) {
  const school = await createSchoolFixture(db, `Объём ${count}`);
  actAs(await school.viewer(school.people.curator));
  const first = await database.count(() => importRoster(rosterForm("PUPILS", "all.csv", classFile(count, false))));
  const promoted = await database.count(() =>
    importRoster(rosterForm("PUPILS", "all.csv", classFile(count, true), { markLeft: "on" })),
  );
  return {
    first: first.result,
    promoted: promoted.result,
    firstStatements: first.statements,
    promotedStatements: promoted.statements,
  };
}

describe("a school-sized file", () => {
  it("imports 1 500 pupils and then promotes them all with as many queries as 30 pupils need", async () => {
    const small = await run(30);
    const large = await run(1500);
    expect(large.first).toMatchObject({ ok: true, data: { created: 1500 } });
    expect(large.promoted).toMatchObject({ ok: true, data: { created: 0, updated: 1500, markedLeft: 2 } });
    expect(large.firstStatements).toBe(small.firstStatements);
    // One updateMany per target class: 18 classes for 1 500 pupils, 18 for 30.
    expect(large.promotedStatements).toBe(small.promotedStatements);
    expect(large.promotedStatements).toBeLessThan(40);
    expect(await db.person.count({ where: { rosterKey: { not: null } } })).toBe(1530);
  }, 120_000);
});
