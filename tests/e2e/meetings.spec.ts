import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { waitForForm } from "./support/session";

// Logs its own meetings on the group of its own school's mentor; the tag tells them from the seeded ones.
const tag = Math.random().toString(36).slice(2, 7);

const card = (page: Page, title: string | RegExp) =>
  page.locator("section").filter({ has: page.getByRole("heading", { level: 2, name: title }) });
const meeting = (page: Page, topic: string) =>
  card(page, /^Встречи \(\d+\)$/)
    .getByRole("listitem")
    .filter({ hasText: topic });

async function logMeeting(page: Page, topic: string, options: { nobody?: boolean } = {}) {
  const form = card(page, "Записать встречу");
  await form.getByLabel("Тема").fill(topic);
  await form.getByLabel("Длительность, мин").fill("40");
  const attendees = form.getByRole("group", { name: "Присутствовали" }).getByRole("checkbox");
  for (let i = 0; i < (await attendees.count()); i++) {
    if (options.nobody) await attendees.nth(i).uncheck();
    else await attendees.nth(i).check();
  }
  await form.getByRole("button", { name: "Записать встречу" }).click();
}

test("a mentor logs meetings, corrects one, deletes another and sees the history", async ({ page, school }) => {
  await school.signIn(page, "mentor");
  await page.getByRole("link", { name: /Группа:/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Наставническая группа" })).toBeVisible();
  await waitForForm(page, "Записать встречу");

  // A meeting nobody attended asks for confirmation first.
  await logMeeting(page, `Встреча без участников ${tag}`, { nobody: true });
  await expect(page.getByText("Никто из наставляемых не отмечен присутствовавшим.")).toBeVisible();
  await page.getByRole("button", { name: "Всё верно, сохранить" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Встреча записана." })).toBeVisible();

  // After a successful save, new errors do not stand next to the old «Встреча записана».
  await card(page, "Записать встречу").getByRole("button", { name: "Записать встречу" }).click();
  await expect(page.getByText("Тема — не короче 3 символов")).toBeVisible();
  await expect(page.getByText("Встреча записана.")).toHaveCount(0);

  await logMeeting(page, `Разбор олимпиады ${tag}`);
  await expect(page.getByRole("status").filter({ hasText: "Встреча записана." })).toBeVisible();
  const item = meeting(page, `Разбор олимпиады ${tag}`);
  await expect(item).toBeVisible();

  // Correct it.
  await item.getByRole("button", { name: /^Исправить встречу/ }).click();
  const edit = page.getByRole("region", { name: /^Исправить встречу/ });
  await waitForForm(page, "Сохранить изменения");
  await edit.getByLabel("Тема").fill(`Разбор олимпиады по физике ${tag}`);
  await edit.getByLabel("Длительность, мин").fill("55");
  // One of the group was not there after all.
  const absent = edit.getByRole("group", { name: "Присутствовали" }).getByRole("checkbox").first();
  const absentName = (await absent.locator("xpath=..").innerText()).trim();
  await absent.uncheck();
  await edit.getByRole("button", { name: "Сохранить изменения" }).click();
  const corrected = meeting(page, `Разбор олимпиады по физике ${tag}`);
  await expect(corrected).toContainText("55 мин");

  // Delete the one nobody attended.
  const empty = meeting(page, `Встреча без участников ${tag}`);
  await empty.getByRole("button", { name: /^Удалить встречу/ }).click();
  await empty.getByRole("button", { name: "Да, удалить" }).click();
  await expect(empty).toHaveCount(0);

  // The history keeps both.
  const history = card(page, "История изменений встреч");
  await expect(history.getByText(new RegExp(`исправлена встреча .*«Разбор олимпиады ${tag}»`))).toBeVisible();
  await expect(history.getByText(`Тема: «Разбор олимпиады ${tag}» → «Разбор олимпиады по физике ${tag}»`)).toBeVisible();
  await expect(history.getByText("Длительность: «40 мин» → «55 мин»")).toBeVisible();
  // Attendees are named as their records read now (the history keeps ids, not names).
  const attendance = history
    .getByRole("listitem")
    .filter({ hasText: `встреча` })
    .filter({ hasText: `«Разбор олимпиады ${tag}»` })
    .getByText(/^Присутствовали: «.+» → «.*»$/);
  await expect(attendance).toContainText(absentName);
  await expect(history.getByText(new RegExp(`удалена встреча .*«Встреча без участников ${tag}»`))).toBeVisible();
});
