import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { waitForForm } from "./support/session";

/**
 * The admin of a school of the test's own moves it from Moscow to Vladivostok: a comment's time on a roadmap item
 * moves seven hours with it, the same as the school's clock on the settings page.
 */
const text = `Время школы ${Date.now().toString(36)}`;

async function setZone(page: Page, label: string) {
  await page.goto("/admin/school");
  await waitForForm(page, "Сохранить");
  await page.getByLabel("Часовой пояс школы").selectOption({ label });
  await page.getByRole("button", { name: "Сохранить" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Часовой пояс сохранён" })).toBeVisible();
}

/** The comment's «hh:mm» as minutes after midnight. */
async function commentMinutes(page: Page, url: string): Promise<number> {
  await page.goto(url);
  const line = page.getByRole("list", { name: "Комментарии" }).getByRole("listitem").filter({ hasText: text });
  const shown = (await line.locator("p").first().textContent()) ?? "";
  const match = /(\d{2}):(\d{2})$/.exec(shown.trim());
  expect(match, shown).not.toBeNull();
  return Number(match![1]) * 60 + Number(match![2]);
}

test("the admin changes the school's time zone and moments on the pages follow it", async ({ page, school }) => {
  test.setTimeout(120_000);
  await school.signIn(page, "admin");
  await page.goto("/admin");
  await page.getByRole("link", { name: "Настройки школы: часовой пояс" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Настройки школы" })).toBeVisible();
  await expect(page.getByLabel("Часовой пояс школы")).toHaveValue("Europe/Moscow");
  await page.goto("/curator");
  await page.getByTestId("item-1.1").getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1, name: "Пункт 1.1" })).toBeVisible();
  const url = page.url();
  await waitForForm(page, "Добавить комментарий");
  await page.getByLabel("Новый комментарий").fill(text);
  await page.getByRole("button", { name: "Добавить комментарий" }).click();
  await expect(page.getByRole("list", { name: "Комментарии" })).toContainText(text);
  const inMoscow = await commentMinutes(page, url);

  await setZone(page, "Владивосток (UTC+10)");
  await expect(page.getByLabel("Часовой пояс школы")).toHaveValue("Asia/Vladivostok");
  const inVladivostok = await commentMinutes(page, url);
  expect((inVladivostok - inMoscow + 24 * 60) % (24 * 60)).toBe(7 * 60);
});
