import { expect, test } from "./support/fixtures";
import { signIn, waitForForm } from "./support/session";

test("curator sees the roadmap by stages and marks an item done", async ({ page, school }) => {
  await school.signIn(page, "curator");
  await expect(page.getByRole("region", { name: /^\d\. / })).toHaveCount(7);
  const stage6 = page.getByRole("region", { name: /6\. Организация работы/ });
  await expect(stage6).toContainText("Выполнено 3 из 8");
  const item = page.getByTestId("item-6.5");
  await item.getByRole("button", { name: /Отметить выполненным/ }).click();
  await expect(item.getByRole("button", { name: /Вернуть в работу/ })).toBeVisible();
  await expect(stage6).toContainText("Выполнено 4 из 8");
  await page.reload();
  await expect(page.getByTestId("item-6.5")).toContainText("Выполнено");
});

test("mentor logs a meeting, with errors shown next to the fields", async ({ page, school }) => {
  await school.signIn(page, "mentor");
  await page
    .getByRole("link", { name: /Группа:/ })
    .first()
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Наставническая группа" })).toBeVisible();
  await waitForForm(page, "Записать встречу");
  // The pair's page also has the form that plans a meeting: the fields below are the logging form's.
  const log = page.locator("section").filter({ has: page.getByRole("heading", { level: 2, name: "Записать встречу" }) });
  const before = await page.getByRole("heading", { name: /Встречи \(\d+\)/ }).textContent();
  await log.getByLabel("Тема").fill("");
  await page.getByRole("button", { name: "Записать встречу" }).click();
  await expect(page.getByText("Тема — не короче 3 символов")).toBeVisible();

  await log.getByLabel("Тип встречи").selectOption({ label: "Регулярная встреча" });
  await log.getByLabel("Дата").fill("2026-11-20");
  await log.getByLabel("Длительность, мин").fill("50");
  await log.getByLabel("Тема").fill("Разбор задач муниципального этапа");
  await log.getByLabel("Итоги встречи").fill("Решили три задачи, договорились о домашнем задании.");
  const attendees = log.getByRole("group", { name: "Присутствовали" }).getByRole("checkbox");
  await attendees.first().uncheck();
  await page.getByRole("button", { name: "Записать встречу" }).click();
  await expect(page.getByRole("status")).toHaveText("Встреча записана.");
  await expect(page.getByText("Разбор задач муниципального этапа")).toBeVisible();
  await expect(page.getByText("20 ноября 2026 · Регулярная встреча · 50 мин")).toBeVisible();
  expect(await page.getByRole("heading", { name: /Встречи \(\d+\)/ }).textContent()).not.toBe(before);
});

// Only reads the demo school.
test("director reads the coverage KPI against the 70 % target, pairs by form and satisfaction", async ({ page }) => {
  await signIn(page, "director");
  await expect(page.getByTestId("coverage-percent")).toHaveText(/^\d+(,\d)? %$/);
  await expect(page.getByText("Целевой показатель — не менее 70 %", { exact: false })).toBeVisible();
  const table = page.getByRole("table", { name: "Число работающих пар и групп по формам" });
  await expect(table.getByRole("row")).toHaveCount(7);
  await expect(table).toContainText("Учитель – ученик");
  await expect(page.getByTestId("satisfaction-average")).toContainText("из 10");
});
